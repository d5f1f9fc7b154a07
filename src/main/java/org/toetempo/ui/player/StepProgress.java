package org.toetempo.ui.player;

import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.toetempo.text.Messages;
import org.toetempo.timing.ScheduledStep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The routine's progress as one bar segmented by step: done, current (filled as far as it has got) and to come.
 * The position moves every frame, so it moves only each fill's clip: resizing a fill would ask for a layout of the
 * whole scene (every label measured again) 60 times a second. Layout places the segments when the size or the
 * steps change.
 */
final class StepProgress extends Region {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final List<Region> segments = new ArrayList<>();
    private final List<Region> fills = new ArrayList<>();
    private final List<Rectangle> clips = new ArrayList<>();
    private List<ScheduledStep> steps = List.of();
    private long total = 1;
    private long now;
    private IntConsumer onStepChosen = index -> { };

    StepProgress(Messages text) {
        getStyleClass().add("step-progress");
        setAccessibleText(text.get("player.steps.accessible"));
        setMinHeight(10);
        setPrefHeight(12);
        setCursor(Cursor.HAND);
        setOnMouseClicked(e -> {
            int index = stepAt(e.getX());
            if (index >= 0) {
                onStepChosen.accept(index);
            }
        });
    }

    /** What a click on a step's segment does (the player jumps there). */
    void setOnStepChosen(IntConsumer action) {
        onStepChosen = action;
    }

    /** The step whose segment spans {@code x} (in this bar's coordinates), or -1 with no steps. */
    int stepAt(double x) {
        if (steps.isEmpty()) {
            return -1;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        long at = width <= 0 ? 0 : Math.round((x - snappedLeftInset()) / width * total);
        int index = 0;
        for (int i = 0; i < steps.size() && steps.get(i).startNanos() <= at; i++) {
            index = i;
        }
        return index;
    }

    void setSteps(List<ScheduledStep> newSteps, long totalNanos) {
        if (newSteps == steps && Math.max(1, totalNanos) == total) {
            // Called on every change of step: new nodes would be styled and laid out again for nothing.
            return;
        }
        steps = newSteps;
        total = Math.max(1, totalNanos);
        getChildren().clear();
        segments.clear();
        fills.clear();
        clips.clear();
        for (ScheduledStep ignored : steps) {
            Region segment = new Region();
            segment.getStyleClass().add("step-segment");
            Region fill = new Region();
            fill.getStyleClass().add("step-fill");
            Rectangle clip = new Rectangle();
            fill.setClip(clip);
            segments.add(segment);
            fills.add(fill);
            clips.add(clip);
            getChildren().addAll(segment, fill);
        }
        requestLayout();
    }

    void setPosition(long nanos) {
        if (nanos != now) {
            now = nanos;
            showPosition();
        }
    }

    /** How far each fill shows, and which segments are done or current; no layout. */
    private void showPosition() {
        for (int i = 0; i < steps.size(); i++) {
            long start = steps.get(i).startNanos();
            long end = i + 1 < steps.size() ? steps.get(i + 1).startNanos() : total;
            double done = now >= end ? 1 : now <= start ? 0 : (now - start) / (double) (end - start);
            Region fill = fills.get(i);
            clips.get(i).setWidth(fill.getWidth() * done);
            clips.get(i).setHeight(fill.getHeight());
            segments.get(i).pseudoClassStateChanged(DONE, done >= 1);
            segments.get(i).pseudoClassStateChanged(CURRENT, done > 0 && done < 1);
        }
    }

    /** How much of a step's fill shows, in pixels (for tests). */
    double shownFill(int step) {
        return clips.get(step).getWidth();
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
            segments.get(i).resizeRelocate(x, snappedTopInset(), w, height);
            fills.get(i).resizeRelocate(x, snappedTopInset(), w, height);
        }
        showPosition();
    }
}
