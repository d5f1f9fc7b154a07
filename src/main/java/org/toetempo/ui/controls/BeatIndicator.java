package org.toetempo.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Circle;
import org.toetempo.timing.BeatMark;

/**
 * A light that flashes on every beat and decays through it, larger and coloured on the first beat of a rep.
 * Driven by the engine's beat number and progress; it runs no clock of its own.
 */
public final class BeatIndicator extends Control {

    static final PseudoClass ACCENT = PseudoClass.getPseudoClass("accent");
    static final PseudoClass COUNT = PseudoClass.getPseudoClass("count");

    private final LongProperty beat = new SimpleLongProperty(this, "beat", -1);
    private final DoubleProperty beatProgress = new SimpleDoubleProperty(this, "beatProgress");
    private final ObjectProperty<BeatMark.Accent> accent = new SimpleObjectProperty<>(this, "accent");

    public BeatIndicator() {
        getStyleClass().add("beat-indicator");
        setAccessibleText("Beat");
    }

    public LongProperty beatProperty() {
        return beat;
    }

    public DoubleProperty beatProgressProperty() {
        return beatProgress;
    }

    public ObjectProperty<BeatMark.Accent> accentProperty() {
        return accent;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BeatIndicatorSkin(this);
    }

    /** A ring and a dot; the dot swells on the beat and fades over it. */
    static final class BeatIndicatorSkin extends SkinBase<BeatIndicator> {
        private final Circle ring = new Circle();
        private final Circle dot = new Circle();

        BeatIndicatorSkin(BeatIndicator control) {
            super(control);
            ring.getStyleClass().add("beat-ring");
            dot.getStyleClass().add("beat-dot");
            getChildren().addAll(ring, dot);
            registerChangeListener(control.beatProgressProperty(), o -> update());
            registerChangeListener(control.beatProperty(), o -> update());
            registerChangeListener(control.accentProperty(), o -> update());
            update();
        }

        private void update() {
            BeatIndicator c = getSkinnable();
            boolean onBeat = c.beatProperty().get() >= 0;
            BeatMark.Accent a = c.accentProperty().get();
            c.pseudoClassStateChanged(ACCENT, onBeat && a == BeatMark.Accent.REP);
            c.pseudoClassStateChanged(COUNT, onBeat && a == BeatMark.Accent.COUNT);
            double decay = onBeat ? Math.pow(1 - c.beatProgressProperty().get(), 2.2) : 0;
            double strength = a == BeatMark.Accent.REP ? 1 : a == BeatMark.Accent.BEAT ? 0.55 : 0.8;
            dot.setScaleX(0.45 + 0.55 * decay * strength);
            dot.setScaleY(0.45 + 0.55 * decay * strength);
            dot.setOpacity(onBeat ? 0.35 + 0.65 * decay : 0.15);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            double r = Math.min(w, h) / 2;
            ring.setRadius(Math.max(1, r - 2));
            dot.setRadius(Math.max(1, r * 0.8));
            // Circles draw around their centre, so placing the centre places them.
            dot.setLayoutX(x + w / 2);
            dot.setLayoutY(y + h / 2);
            ring.setLayoutX(x + w / 2);
            ring.setLayoutY(y + h / 2);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return 72;
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return 72;
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return 24;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return 24;
        }
    }

}
