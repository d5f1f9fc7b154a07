package org.toetempo.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.AppPaths;
import org.toetempo.ui.library.LibraryView;

/** The composition root: builds the services and the screens and wires them together. Nothing else. */
public final class App extends Application {

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forCurrentUser();
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        LibraryView libraryView = new LibraryView(() -> RoutineLibrary.load(reader, paths.routines()), paths.routines());
        Scene scene = new Scene(libraryView, 1100, 720);
        Theme.apply(scene);
        stage.setTitle("Toe Tempo");
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        libraryView.focusList();
    }
}
