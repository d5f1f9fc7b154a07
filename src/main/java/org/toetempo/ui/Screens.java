package org.toetempo.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.toetempo.routine.Routine;
import org.toetempo.timing.Clock;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;

import java.util.List;
import java.util.function.Supplier;

/** Moves the main window between the library and the player, and opens the presentation window. */
final class Screens {

    private final Stage stage;
    private final Scene scene;
    private final Supplier<Parent> library;
    private final Clock clock;
    private final org.toetempo.settings.Settings.Theme theme;
    private Parent libraryView;
    private PlayerView player;
    private Stage presentation;

    Screens(Stage stage, Scene scene, Supplier<Parent> library, Clock clock, org.toetempo.settings.Settings.Theme theme) {
        this.theme = theme;
        this.stage = stage;
        this.scene = scene;
        this.library = library;
        this.clock = clock;
        stage.setFullScreenExitKeyCombination(new KeyCodeCombination(KeyCode.ESCAPE));
        stage.setFullScreenExitHint("");
    }

    void showLibrary() {
        if (player != null) {
            player.model().stop();
            closePresentation();
            player = null;
        }
        if (libraryView == null) {
            libraryView = library.get();
        }
        scene.setRoot(libraryView);
        Theme.apply(scene, theme);
        stage.setTitle("Toe Tempo");
    }

    void play(Routine routine) {
        Session session = new Session(routine, PlayOptions.defaults(), clock);
        PlayerModel model = new PlayerModel(routine, session);
        player = new PlayerView(model);
        player.setOnBack(this::showLibrary);
        player.setOnFullScreen(() -> stage.setFullScreen(!stage.isFullScreen()));
        player.setOnPresent(() -> present(model));
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (player != null && presentation == null) {
                player.setPresentation(full);
            }
        });
        scene.setRoot(player);
        Theme.apply(scene, theme);
        stage.setTitle(routine.name() + " · Toe Tempo");
        player.requestFocus();
    }

    /**
     * On a second screen, a full-screen presentation view of the same session while this window keeps the
     * controls; with one screen, this window goes full screen in presentation style.
     */
    private void present(PlayerModel model) {
        if (presentation != null) {
            closePresentation();
            return;
        }
        List<Screen> screens = Screen.getScreens();
        Screen here = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary());
        Screen other = screens.stream().filter(s -> !s.equals(here)).findFirst().orElse(null);
        if (other == null) {
            stage.setFullScreen(!stage.isFullScreen());
            return;
        }
        PlayerView view = PlayerView.presentationOf(model);
        Scene presented = new Scene(view);
        presented.getStylesheets().addAll(scene.getStylesheets());
        presented.getRoot().getStyleClass().addAll(scene.getRoot().getStyleClass().filtered(c -> c.startsWith("theme-")));
        presentation = new Stage();
        presentation.setTitle("Toe Tempo · presentation");
        presentation.setScene(presented);
        Rectangle2D bounds = other.getBounds();
        presentation.setX(bounds.getMinX());
        presentation.setY(bounds.getMinY());
        presentation.setWidth(bounds.getWidth());
        presentation.setHeight(bounds.getHeight());
        presentation.setFullScreenExitHint("");
        presentation.show();
        presentation.setFullScreen(true);
        presented.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closePresentation();
            } else if (player != null) {
                player.handleKey(e.getCode(), e.getText());
            }
        });
        presentation.setOnHidden(e -> presentation = null);
    }

    private void closePresentation() {
        if (presentation != null) {
            Stage closing = presentation;
            presentation = null;
            closing.close();
        }
    }
}
