package org.toetempo.ui.controls;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.toetempo.handout.FootStills;
import org.toetempo.handout.KeyPose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stills drawn by the app's own {@link FootFigure}, offscreen: the figure is set to the pose (part, action,
 * progress, side), laid out at {@link FootStills#WIDTH} × {@link FootStills#HEIGHT} and snapshotted on the JavaFX
 * thread, as {@code Snapshotter} draws screens.
 */
public final class FxFootStills implements FootStills {

    private FxFootStills() {
    }

    /** For the app: its JavaFX toolkit is running already. Call from any thread (the FX thread included). */
    public static FxFootStills inApp() {
        return new FxFootStills();
    }

    /**
     * For the command line: starts JavaFX on the headless Monocle platform unless a toolkit runs already. The toolkit
     * is left running (the process exits anyway), so later calls in the same JVM work too.
     */
    public static FxFootStills headless() throws IOException {
        Offscreen.startToolkit();
        return new FxFootStills();
    }

    @Override
    public BufferedImage still(KeyPose pose) {
        return stills(List.of(pose)).get(pose);
    }

    @Override
    public Map<KeyPose, BufferedImage> stills(Collection<KeyPose> poses) {
        List<KeyPose> unique = new ArrayList<>(new LinkedHashSet<>(poses));
        if (Platform.isFxApplicationThread()) {
            return draw(unique);
        }
        CompletableFuture<Map<KeyPose, BufferedImage>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(draw(unique));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the foot figure", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not draw the foot figure: " + e, e);
        }
    }

    private static Map<KeyPose, BufferedImage> draw(List<KeyPose> poses) {
        FootFigure figure = new FootFigure();
        StackPane root = new StackPane(figure);
        root.setStyle("-fx-background-color: white;");
        new Scene(root, WIDTH, HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        Map<KeyPose, BufferedImage> out = new LinkedHashMap<>();
        for (KeyPose pose : poses) {
            figure.partProperty().set(pose.part());
            figure.actionProperty().set(pose.action());
            figure.progressProperty().set(pose.progress());
            figure.sideProperty().set(pose.side());
            root.applyCss();
            root.resize(WIDTH, HEIGHT);
            root.layout();
            figure.resize(WIDTH, HEIGHT);
            figure.layout();
            out.put(pose, Offscreen.toBufferedImage(figure.snapshot(parameters, null), BufferedImage.TYPE_INT_RGB));
        }
        return out;
    }

}
