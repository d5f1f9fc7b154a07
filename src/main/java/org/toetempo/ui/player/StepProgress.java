package org.toetempo.ui.player;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import org.toetempo.timing.ScheduledStep;

import java.util.ArrayList;
import java.util.List;

/** The routine's progress as one bar segmented by step: done, current (filled as far as it has got) and to come. */
final class StepProgress extends Region {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final List<Region> segments = new ArrayList<>();
    private final List<Region> fills = new ArrayList<>();
    private List<ScheduledStep> steps = List.of();
    private long total = 1;
    private long now;

    StepProgress() {
        getStyleClass().add("step-progress");
        setAccessibleText("Routine progress");
        setMinHeight(10);
        setPrefHeight(12);
    }

    void setSteps(List<ScheduledStep> newSteps, long totalNanos) {
        steps = newSteps;
        total = Math.max(1, totalNanos);
        getChildren().clear();
        segments.clear();
        fills.clear();
        for (ScheduledStep ignored : steps) {
            Region segment = new Region();
            segment.getStyleClass().add("step-segment");
            Region fill = new Region();
            fill.getStyleClass().add("step-fill");
            segments.add(segment);
            fills.add(fill);
            getChildren().addAll(segment, fill);
        }
        requestLayout();
    }

    void setPosition(long nanos) {
        if (nanos != now) {
            now = nanos;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double gap = Math.max(1, width / 400);
        for (int i = 0; i < steps.size(); i++) {
            ScheduledStep step = steps.get(i);
            long start = step.startNanos();
            long end = i + 1 < steps.size() ? steps.get(i + 1).startNanos() : total;
            double x = snappedLeftInset() + width * start / total;
            double w = Math.max(1, width * (end - start) / (double) total - gap);
            Region segment = segments.get(i);
            segment.resizeRelocate(x, snappedTopInset(), w, height);
            double done = now >= end ? 1 : now <= start ? 0 : (now - start) / (double) (end - start);
            fills.get(i).resizeRelocate(x, snappedTopInset(), w * done, height);
            segment.pseudoClassStateChanged(DONE, done >= 1);
            segment.pseudoClassStateChanged(CURRENT, done > 0 && done < 1);
        }
    }
}
