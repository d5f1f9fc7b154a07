package org.toetempo.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.AppPaths;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.timing.Clock;
import org.toetempo.ui.library.LibraryView;

/** The composition root: builds the services and the screens and wires them together. Nothing else. */
public final class App extends Application {

    private Screens screens;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forCurrentUser();
        SettingsStore settings = SettingsStore.in(paths);
        Settings.Theme theme = settings.get().theme();
        Theme.use(theme);
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        Clock clock = Clock.system();

        Scene scene = new Scene(new Region(), 1180, 760);
        screens = new Screens(stage, scene, () -> {
            LibraryView view = new LibraryView(() -> RoutineLibrary.load(reader, paths.routines()), paths.routines(),
                    routine -> screens.play(routine));
            return view;
        }, clock, theme);
        screens.showLibrary();
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        if (scene.getRoot() instanceof LibraryView library) {
            library.focusList();
        }
    }
}
