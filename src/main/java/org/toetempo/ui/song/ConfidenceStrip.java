package org.toetempo.ui.song;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.toetempo.timing.BeatMap;

/**
 * How sure the beat is over the song's length: a thin strip, left to right from the song's start to its end,
 * green where the beats are clear, amber where they are weak and red where the beat is bridged over (a break, a
 * quiet passage: the cues still come from the tempo around it); grey where no beat was tracked.
 */
final class ConfidenceStrip extends Region {

    private static final double HEIGHT = 8;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<BeatMap> map = new SimpleObjectProperty<>(this, "map");
    private double seconds;

    ConfidenceStrip() {
        getStyleClass().add("confidence-strip");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setPrefWidth(260);
        map.addListener(o -> draw());
        setAccessibleText("How clear the song's beat is along the song");
    }

    /** Shows a song's map over its length in seconds. */
    void show(BeatMap beats, double durationSeconds) {
        seconds = durationSeconds;
        map.set(beats);
        draw();
    }

    ObjectProperty<BeatMap> mapProperty() {
        return map;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.75));
        g.fillRect(0, 0, w, h);
        BeatMap beats = map.get();
        if (beats == null || !(seconds > 0) || w < 2) {
            return;
        }
        int bins = (int) Math.max(1, Math.min(w / 2, 200));
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < beats.size(); i++) {
            int bin = (int) Math.floor(beats.time(i) / seconds * bins);
            if (bin >= 0 && bin < bins) {
                sum[bin] += beats.confidence(i);
                count[bin]++;
            }
        }
        for (int b = 0; b < bins; b++) {
            if (count[b] == 0) {
                continue;
            }
            g.setFill(colour(sum[b] / count[b]));
            g.fillRect(b * w / bins, 0, Math.ceil(w / bins), h);
        }
    }

    /** Red (0) through amber (0.5) to green (1). */
    static Color colour(double confidence) {
        double c = Math.max(0, Math.min(1, confidence));
        return Color.hsb(120 * c, 0.7, 0.8);
    }
}
