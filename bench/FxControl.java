import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.Locale;

/**
 * The control for bench/ui-probe.sh: a bare JavaFX window of the app's size (a turning square and a label that
 * changes every second) timing its frames as the probe does. Run beside the probe (bench/fx-control.sh), it shows
 * what the machine alone does to frame pacing.
 */
public class FxControl extends Application {

    public static void main(String[] args) {
        launch(FxControl.class, args);
    }

    @Override
    public void start(Stage stage) {
        Rectangle square = new Rectangle(200, 200);
        Label label = new Label("0");
        label.setStyle("-fx-font-size: 100px;");
        stage.setScene(new Scene(new StackPane(square, label), 1180, 760));
        stage.show();
        long seconds = Long.getLong("seconds", 120);
        new AnimationTimer() {
            private long started = -1;
            private long last;
            private long[] intervals = new long[1 << 16];
            private int count;

            @Override
            public void handle(long now) {
                if (started < 0) {
                    started = now;
                }
                if (now - started < 2_000_000_000L) {
                    last = now;
                    return;
                }
                if (count == intervals.length) {
                    intervals = Arrays.copyOf(intervals, count * 2);
                }
                intervals[count++] = now - last;
                last = now;
                square.setRotate((now - started) / 1e7 % 360);
                label.setText(Long.toString((now - started) / 1_000_000_000L));
                if (now - started >= 2_000_000_000L + seconds * 1_000_000_000L) {
                    stop();
                    long[] sorted = Arrays.copyOf(intervals, count);
                    Arrays.sort(sorted);
                    System.out.printf(Locale.ROOT, "{\"frames\": %d, \"interval_ms\": {\"p50\": %.3f, \"p99\": %.3f, "
                                    + "\"max\": %.3f}, \"over_50ms\": %d}%n", count, sorted[count / 2] / 1e6,
                            sorted[Math.min(count - 1, (int) Math.ceil(0.99 * count) - 1)] / 1e6, sorted[count - 1] / 1e6,
                            Arrays.stream(sorted).filter(i -> i > 50_000_000L).count());
                    Platform.exit();
                }
            }
        }.start();
    }
}
