package org.toetempo.handout;

import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;
import org.toetempo.routine.Clip;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A still of an exercise's video for the handout: the frame in the middle of the marked rep (where the movement
 * shows best), decoded in pure Java (jcodec's H.264 decoder), so printing needs no media stack.
 */
final class VideoStill {

    /** The widest still kept: the handout prints it a few centimetres wide. */
    static final int MAX_WIDTH = 480;

    private VideoStill() {
    }

    /** The still, or {@code null} when the video cannot be decoded (the handout then shows the figure alone). */
    static BufferedImage of(Path video, Clip clip) {
        try (SeekableByteChannel channel = NIOUtils.readableChannel(video.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            grab.seekToSecondPrecise(clip.repInSeconds() + clip.repSeconds() / 2);
            Picture picture = grab.getNativeFrame();
            return picture == null ? null : toImage(picture);
        } catch (IOException | JCodecException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage toImage(Picture picture) {
        Picture rgb = Picture.create(picture.getWidth(), picture.getHeight(), ColorSpace.RGB);
        Transform transform = ColorUtil.getTransform(picture.getColor(), ColorSpace.RGB);
        transform.transform(picture, rgb);
        int width = picture.getCroppedWidth();
        int height = picture.getCroppedHeight();
        int step = Math.max(1, (width + MAX_WIDTH - 1) / MAX_WIDTH);
        BufferedImage image = new BufferedImage(width / step, height / step, BufferedImage.TYPE_INT_RGB);
        byte[] data = rgb.getPlaneData(0);
        int stride = rgb.getWidth() * 3;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int i = y * step * stride + x * step * 3;
                // jcodec keeps samples as value - 128.
                int r = data[i] + 128;
                int g = data[i + 1] + 128;
                int b = data[i + 2] + 128;
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }
}
