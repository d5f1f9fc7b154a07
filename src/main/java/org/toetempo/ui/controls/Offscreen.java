package org.toetempo.ui.controls;

import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Drawing JavaFX nodes without a window: the headless toolkit, and snapshots turned into AWT images. */
public final class Offscreen {

    private Offscreen() {
    }

    /**
     * Starts JavaFX on the headless Monocle platform unless a platform was already chosen (the app, a test);
     * an already running toolkit is simply used.
     */
    public static void startToolkit() throws IOException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            // The headless screen must hold the largest snapshot (up to 8K).
            System.setProperty("headless.geometry", "7680x4320-32");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            if (!started.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the JavaFX toolkit did not start");
            }
        } catch (IllegalStateException alreadyRunning) {
            // Started already (the app, a test, an earlier call): use it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
    }

    /** A JavaFX snapshot as an AWT image of the given type (e.g. {@code BufferedImage.TYPE_INT_ARGB}). */
    public static BufferedImage toBufferedImage(WritableImage fx, int type) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage image = new BufferedImage(w, h, type);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }
}
