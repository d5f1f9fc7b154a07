package org.toetempo.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.toetempo.files.AppPaths;
import org.toetempo.history.HistoryStore;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.SettingsStore;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.ui.editor.Sharing;
import org.toetempo.ui.song.SongModel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/** The composition root: builds the services and the screens and wires them together. Nothing else. */
public class App extends Application {

    private SoundOutput sound;
    private ExecutorService songLoader;
    private ExecutorService editorChecks;
    private ExecutorService handouts;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forCurrentUser();
        SettingsStore settings = SettingsStore.in(paths);
        Theme.use(settings.get().theme());
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        sound = SoundOutput.start(settings);

        songLoader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "song loader");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        SongModel songs = new SongModel(new SongCache(paths.songs()), new RecentSongs(paths.recentSongs()), songLoader,
                Platform::runLater, sound::music, () -> sound.clock().nanos());
        songs.setDemoFolder(paths.dataDirectory().resolve("demo"));
        songs.clickOverSongProperty().addListener((o, was, on) -> sound.clickOverSong(on));

        // The editor checks each change on one thread (a newer change overtakes an older check); handouts are written
        // on another, as the FX thread draws their foot figures meanwhile.
        editorChecks = Executors.newSingleThreadExecutor(daemon("editor checks"));
        handouts = Executors.newSingleThreadExecutor(daemon("handout writer"));

        Scene scene = new Scene(new Region(), 1180, 760);
        Screens screens = new Screens(stage, scene, () -> RoutineLibrary.load(reader, paths.routines()),
                paths.routines(), sound, settings, HistoryStore.in(paths),
                ProgressPlanStore.in(paths), songs, editorChecks, handouts);
        screens.showLibrary();
        Sharing.acceptDroppedRoutines(scene, screens::importFiles);
        stage.setOnCloseRequest(e -> {
            if (!screens.mayClose()) {
                e.consume();
            }
        });
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        whenShown(screens);
    }

    /** What happens once the window shows. Package-private: the UI benchmark's launcher (test scope) plays a routine. */
    void whenShown(Screens screens) {
        screens.welcomeIfFirstRun();
        screens.morningCheckIfDue();
    }

    @Override
    public void stop() {
        if (sound != null) {
            sound.close();
        }
        for (ExecutorService executor : new ExecutorService[] {songLoader, editorChecks, handouts}) {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
