package org.toetempo.handout;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Draws the foot figure at a {@link KeyPose}, for the handout's steps. */
public interface FootStills {

    /** The pixel size stills are drawn at (the handout places them at about 80 × 72 pt: some 300 dpi). */
    int WIDTH = 336;
    int HEIGHT = 304;

    /** The figure at this pose, opaque, on white. */
    BufferedImage still(KeyPose pose);

    /** Several stills at once (an implementation may draw them in one go). */
    default Map<KeyPose, BufferedImage> stills(Collection<KeyPose> poses) {
        Map<KeyPose, BufferedImage> out = new LinkedHashMap<>();
        for (KeyPose pose : poses) {
            out.computeIfAbsent(pose, this::still);
        }
        return out;
    }

    /** No pictures: the handout leaves the figure column out. */
    FootStills NONE = pose -> null;
}
