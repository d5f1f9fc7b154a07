package org.toetempo.ui;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.settings.Settings;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.controls.Offscreen;
import org.toetempo.ui.library.LibraryView;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;
import org.toetempo.ui.song.SongModel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Renders a screen offscreen to a PNG: the player at a chosen moment of a routine (on a virtual clock), or the
 * library. Uses the headless Monocle platform, so it needs no display.
 */
public final class Snapshotter {

    /** What to draw. */
    public record Request(Routine routine, Supplier<RoutineLibrary> library, boolean libraryScreen, double atSeconds,
                          int width, int height, Settings.Theme theme, boolean presentation, Path out,
                          Language language) {
    }

    private Snapshotter() {
    }

    public static void render(Request request) throws IOException {
        Offscreen.startToolkit();
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(draw(request));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            BufferedImage picture = image.get(60, TimeUnit.SECONDS);
            Path parent = request.out().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!ImageIO.write(picture, "png", request.out().toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not draw the screen: " + e.getCause(), e);
        } finally {
            Platform.exit();
        }
    }

    private static BufferedImage draw(Request request) {
        Theme.use(request.theme());
        Parent root;
        if (request.libraryScreen()) {
            RoutineLibrary routines = request.library().get();
            // The screen speaks the language the routines were read in (--lang).
            Language language = routines.entries().stream().findFirst()
                    .flatMap(e -> Language.of(e.result().language().asked())).orElse(Language.ENGLISH);
            LibraryView library = new LibraryView(Messages.of(language), () -> routines,
                    Path.of("~/.local/share/toetempo/routines"), r -> { });
            library.setLanguageChoice(language.nativeName(), () -> { });
            library.select(request.routine().id());
            root = library;
        } else {
            VirtualClock clock = new VirtualClock();
            Session session = new Session(request.routine(), PlayOptions.defaults().inLanguage(request.language()),
                    clock);
            session.play();
            clock.set(Math.round(request.atSeconds() * 1e9));
            PlayerModel model = new PlayerModel(request.routine(), session, Messages.of(request.language()));
            PlayerView view = new PlayerView(model);
            // The song controls as a user sees them with no song loaded; nothing is read or written.
            Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "toetempo-snapshot-has-no-songs");
            view.attachSong(new SongModel(new SongCache(nowhere),
                    new RecentSongs(nowhere.resolve("recent-songs.json")), Runnable::run, Runnable::run,
                    music -> { }, clock::nanos));
            view.setPresentation(request.presentation());
            root = view;
        }
        Scene scene = new Scene(root, request.width(), request.height());
        Theme.apply(scene, request.theme());
        root.applyCss();
        root.layout();
        if (root instanceof PlayerView view) {
            view.model().refresh();
            root.applyCss();
            root.layout();
        }
        return Offscreen.toBufferedImage(scene.snapshot(null), BufferedImage.TYPE_INT_ARGB);
    }
}
