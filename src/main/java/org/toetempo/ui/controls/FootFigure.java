package org.toetempo.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.figure.Pose;
import org.toetempo.figure.Poses;

/**
 * The articulated foot: both feet from above, the working foot from its inner side, and both from the front when the
 * movement is sideways. It follows the engine: set {@link #momentProperty() moment} (exercise, level, phase,
 * progress, side) each frame; the pose is worked out from it, and the figure runs no clock of its own.
 */
public final class FootFigure extends Control {

    private final ObjectProperty<Moment> moment = new SimpleObjectProperty<>(this, "moment");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette");
    private final ReadOnlyObjectWrapper<Pose> pose = new ReadOnlyObjectWrapper<>(this, "pose", Pose.STANDING);

    public FootFigure() {
        getStyleClass().add("foot-figure");
        setAccessibleText("Foot figure");
        moment.addListener(o -> updatePose());
        setMinSize(160, 140);
        setPrefSize(420, 380);
    }

    private void updatePose() {
        Moment m = moment.get();
        Pose next = m == null ? Pose.STANDING : Poses.at(m);
        // Progress moves every frame, but in a hold, a rest or a lead-in the pose stays put: no repaint then.
        if (!next.equals(pose.get())) {
            pose.set(next);
        }
    }

    /** Where the player is: the figure's only input besides its size and colours. */
    public ObjectProperty<Moment> momentProperty() {
        return moment;
    }

    /** The colours, or {@code null} to follow the theme (light, dark, or presentation on black). */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The pose drawn now (what tests check). */
    public ReadOnlyObjectProperty<Pose> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    public Pose getPose() {
        return pose.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FootFigureSkin(this);
    }
}
