import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The control for bench/startup.sh: the least a JavaFX app can show, a window with one label, launched the way
 * Toe Tempo is (a plain main class that calls Application.launch, from the class path).
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1180, 760));
            stage.show();
        }
    }
}
