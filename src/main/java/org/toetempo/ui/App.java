package org.toetempo.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.history.HistoryStore;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.SettingsStore;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.song.SongWarmUp;
import org.toetempo.text.Language;
import org.toetempo.ui.editor.Sharing;
import org.toetempo.ui.song.SongModel;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The composition root: builds every service, executor and screen and wires them together. Nothing else creates
 * threads or reads the user's folders for the app; everything it starts it shuts down in {@link #stop()}.
 *
 * <p>The window shows first; the routines and the user's levels are read off the FX thread while it opens, and
 * whatever the first frame does not show (the sound engine, the welcome, the window icon, the song warm-up) waits
 * for that frame ({@link FirstFrame}).
 */
public class App extends Application {

    private final List<ExecutorService> executors = new ArrayList<>();
    /** The sound engine starting or started; {@code null} until something asked for it. */
    private volatile CompletableFuture<SoundOutput> sound;
    private SingleInstance instance;

    /**
     * Opens the app, or, when it already runs for this user, hands it the routine files given (if any) and returns
     * at once.
     */
    public static void launchApp(String[] args) {
        if (SingleInstance.handOff(AppPaths.forCurrentUser().dataDirectory(), routineFiles(List.of(args)))) {
            System.out.println("Toe Tempo is already open: it has the file" + (args.length == 1 ? "." : "s."));
            return;
        }
        Application.launch(App.class, args);
    }

    /** True when the command line is routine files (or file: URIs) to open in the app, as a file manager gives them. */
    public static boolean opensFiles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String arg : args) {
            String lower = arg.toLowerCase(Locale.ROOT);
            if (arg.startsWith("-") || !(lower.endsWith(".json") || lower.startsWith("file:"))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void start(Stage stage) throws IOException {
        AppPaths paths = AppPaths.forCurrentUser();
        List<Path> opened = routineFiles(getParameters().getRaw());
        // Export audio… renders on "audio exporter" (attached videos are copied in there too): one job at a time,
        // below the player's threads.
        Workers workers = new Workers(executor("toetempo-io", Thread.NORM_PRIORITY), executor("editor-checks",
                Thread.NORM_PRIORITY), executor("handout-writer", Thread.NORM_PRIORITY),
                executor("audio exporter", Thread.NORM_PRIORITY - 1), Platform::runLater);
        ExecutorService instanceListener = executor("instance-listener", Thread.NORM_PRIORITY);
        // Opened files wait here until the screens exist.
        List<List<Path>> handedOver = new ArrayList<>();
        Screens[] screensRef = new Screens[1];
        Optional<SingleInstance> claimed = SingleInstance.claim(paths.dataDirectory(), opened, instanceListener,
                files -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    if (screensRef[0] == null) {
                        handedOver.add(files);
                    } else {
                        screensRef[0].importFiles(files);
                    }
                }));
        if (claimed.isEmpty()) {
            // Another start of the app got here first and has the files now.
            Platform.exit();
            return;
        }
        instance = claimed.get();

        SettingsStore settings = SettingsStore.in(paths);
        Theme.use(settings.get().theme());
        // The language of the routines and the spoken cues: TOETEMPO_LANG, else the user's choice, else the system's.
        Language language = Language.choose(null, System.getenv(Language.VARIABLE), settings.get().language(),
                Locale.getDefault());
        // Parsed once, on first use (off the FX thread: the library's first read), for the library and the editor alike.
        Supplier<ExerciseLibrary> exercises = memoize(() -> ExerciseLibrary.builtIn(language.code()));
        Supplier<RoutineReader> reader = memoize(() -> new RoutineReader(exercises.get()));
        // The sound engine (its sounds synthesised, the audio device opened) starts after the first frame, on io;
        // whatever needs it sooner (a file opened at start, the training start) starts it and waits for it.
        Supplier<CompletableFuture<SoundOutput>> soundStarting = memoize(() -> sound = CompletableFuture.supplyAsync(
                () -> SoundOutput.start(settings, language.code()), workers.io()));
        Supplier<SoundOutput> started = () -> soundStarting.get().join();
        ExecutorService songLoader = executor("song loader", Thread.NORM_PRIORITY - 1);
        // The recent songs list is JSON read with Jackson's mapper, whose first use (its classes, its set-up) the
        // first frame need not wait for: read after the window shows, in the background; the song model is made on
        // first use.
        CompletableFuture<RecentSongs> recents = new CompletableFuture<>();
        Supplier<SongModel> songs = memoize(() -> {
            SongModel model = new SongModel(new SongCache(paths.songs()), recents.join(), songLoader, Platform::runLater,
                    music -> started.get().music(music), () -> started.get().clock().nanos());
            model.setDemoFolder(paths.dataDirectory().resolve("demo"));
            model.clickOverSongProperty().addListener((o, was, on) -> started.get().clickOverSong(on));
            return model;
        });

        Scene scene = new Scene(new Region(), 1180, 760);
        Screens.Services services = new Screens.Services(paths, () -> RoutineLibrary.load(reader.get(), paths.routines()),
                paths.routines(), memoize(() -> new UserRoutines(paths, exercises.get())), settings, HistoryStore.in(paths),
                ProgressPlanStore.in(paths), songs, language);
        Screens screens = new Screens(stage, scene, services, started, workers);
        // The library is in the first frame (its routines and the user's levels arrive while the window opens): a
        // window mapped early but left blank while its content is built (a light shell, tried) showed the library
        // seconds later on a busy machine, not sooner.
        screens.showLibrary();
        // Logout and shutdown send SIGTERM: the JVM runs its hooks, and the session in progress is saved.
        Runtime.getRuntime().addShutdownHook(new Thread(screens.journal()::saveAtExit, "save session at exit"));
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
        recents.completeAsync(() -> new RecentSongs(paths.recentSongs()), workers.io());
        screensRef[0] = screens;
        if (Boolean.getBoolean("toetempo.training")) {
            // The installers' build starts the app once as a first-time user to make its class cache: it opens the
            // screens a user opens first, so that their classes are in the cache too, then quits.
            screens.train(Platform::exit);
        }
        if (!opened.isEmpty()) {
            // A routine double-clicked in a file manager: straight to its import, not the welcome.
            Platform.runLater(() -> screens.importFiles(opened));
        }
        handedOver.forEach(files -> Platform.runLater(() -> screens.importFiles(files)));
        handedOver.clear();
        FirstFrame.then(scene, () -> {
            soundStarting.get();
            AppIcon.addTo(stage);
            if (opened.isEmpty()) {
                whenShown(screens);
            }
            // The user's first song then finds the decoder and the analysis compiled by the optimising compiler
            // (low priority). The installed app runs without that compiler, where it would only cost time.
            if (Boolean.parseBoolean(System.getProperty("toetempo.songWarmUp", "true"))) {
                songLoader.execute(SongWarmUp::run);
            }
        });
    }

    /** What happens once the window shows. Package-private: the UI benchmark's launcher (test scope) plays a routine. */
    void whenShown(Screens screens) {
        // The notices over the welcome, not under it: a damaged settings file brings the welcome back, and what
        // happened to the file is what the user should read first.
        screens.welcomeIfFirstRun(screens::showStartupNotices);
        screens.offerDrafts();
        screens.morningCheckIfDue();
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.close();
        }
        if (sound != null) {
            sound.thenAccept(SoundOutput::close);
        }
        executors.forEach(ExecutorService::shutdownNow);
    }

    private ExecutorService executor(String name, int priority) {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        });
        executors.add(executor);
        return executor;
    }

    private static List<Path> routineFiles(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg).toAbsolutePath());
        }
        return files;
    }

    private static <T> Supplier<T> memoize(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
