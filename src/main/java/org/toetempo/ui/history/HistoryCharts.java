package org.toetempo.ui.history;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.toetempo.history.HistoryOverview;
import org.toetempo.text.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The history's three charts: sessions per week, pain and stiffness, and the tempo each routine reached. */
final class HistoryCharts {

    private final Messages text;
    private final HistoryFormat format;
    private final HistoryOverview overview;

    HistoryCharts(Messages text, HistoryFormat format, HistoryOverview overview) {
        this.text = text;
        this.format = format;
        this.overview = overview;
    }

    Node sessions() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(text.get("history.chart.sessions"));
        y.setTickUnit(1);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(integers());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("sessions-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(text.get("history.sessions"));
        List<HistoryOverview.Week> weeks = overview.weeks();
        for (HistoryOverview.Week week : weeks.subList(Math.max(0, weeks.size() - HistoryView.WEEKS_SHOWN), weeks.size())) {
            series.getData().add(new XYChart.Data<>(week.monday().format(format.shortDate()), week.sessions()));
        }
        chart.getData().add(series);
        return sized(chart);
    }

    Node pain() {
        NumberAxis x = dateAxis();
        NumberAxis y = new NumberAxis(0, 10, 2);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("pain-chart");
        chart.setAnimated(false);
        XYChart.Series<Number, Number> pain = new XYChart.Series<>();
        pain.setName(text.get("history.chart.pain"));
        XYChart.Series<Number, Number> stiffness = new XYChart.Series<>();
        stiffness.setName(text.get("history.chart.stiffness"));
        for (HistoryOverview.PainPoint point : overview.pain()) {
            if (point.pain() != null) {
                pain.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.pain()));
            }
            if (point.stiffness() != null) {
                stiffness.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.stiffness()));
            }
        }
        chart.getData().add(pain);
        chart.getData().add(stiffness);
        fitDates(x, overview.pain().stream().map(HistoryOverview.PainPoint::date).toList());
        return sized(chart);
    }

    Node tempo() {
        NumberAxis x = dateAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setLabel(text.get("history.chart.bpm"));
        y.setTickLabelFormatter(integers());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("tempo-chart");
        chart.setAnimated(false);
        List<LocalDate> dates = new ArrayList<>();
        for (HistoryOverview.RoutineSummary summary : overview.routines()) {
            List<HistoryOverview.TempoPoint> points = overview.tempo().get(summary.routineId());
            if (points == null || points.isEmpty()) {
                continue;
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(summary.name());
            for (HistoryOverview.TempoPoint point : points) {
                series.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.bpm()));
                dates.add(point.date());
            }
            chart.getData().add(series);
        }
        fitDates(x, dates);
        return sized(chart);
    }

    private static <T extends Region> T sized(T chart) {
        chart.setPrefHeight(280);
        chart.setMinHeight(220);
        return chart;
    }

    private NumberAxis dateAxis() {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return LocalDate.ofEpochDay(Math.round(value.doubleValue())).format(format.shortDate());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return x;
    }

    /** A day before the first date to a day after the last, in whole days, about six ticks. */
    private static void fitDates(NumberAxis axis, List<LocalDate> dates) {
        if (dates.isEmpty()) {
            LocalDate today = LocalDate.now();
            axis.setLowerBound(today.toEpochDay() - 7);
            axis.setUpperBound(today.toEpochDay());
            axis.setTickUnit(1);
            return;
        }
        long first = Collections.min(dates).toEpochDay() - 1;
        long last = Collections.max(dates).toEpochDay() + 1;
        axis.setLowerBound(first);
        axis.setUpperBound(last);
        axis.setTickUnit(Math.max(1, Math.ceil((last - first) / 6.0)));
    }

    private static StringConverter<Number> integers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        };
    }
}
