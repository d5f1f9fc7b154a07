package org.toetempo.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;

/**
 * Both feet from above and the working foot from the side, moving the part the exercise moves. It follows the
 * engine: set {@link #partProperty() part}, {@link #actionProperty() action}, {@link #progressProperty() progress}
 * and {@link #sideProperty() side} each frame; it runs no clock of its own.
 */
public final class FootFigure extends Control {

    private final ObjectProperty<FootPart> part = new SimpleObjectProperty<>(this, "part");
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(this, "action");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.BOTH);
    private final ReadOnlyObjectWrapper<FootPose> pose = new ReadOnlyObjectWrapper<>(this, "pose", FootPose.NEUTRAL);

    public FootFigure() {
        getStyleClass().add("foot-figure");
        setAccessibleText("Foot figure");
        part.addListener(o -> updatePose());
        action.addListener(o -> updatePose());
        progress.addListener(o -> updatePose());
        side.addListener(o -> updatePose());
        setMinSize(160, 140);
        setPrefSize(420, 380);
    }

    private void updatePose() {
        FootPose next = FootPose.of(part.get(), action.get(), progress.get(), side.get());
        // Progress moves every frame, but in a hold, a rest or a lead-in the pose stays put: no repaint then.
        if (!next.equals(pose.get())) {
            pose.set(next);
        }
    }

    public ObjectProperty<FootPart> partProperty() {
        return part;
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    /** The pose drawn now (what tests check). */
    public ReadOnlyObjectProperty<FootPose> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    public FootPose getPose() {
        return pose.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FootFigureSkin(this);
    }
}
