package org.toetempo.ui.song;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.toetempo.audio.Music;
import org.toetempo.files.AtomicFiles;
import org.toetempo.song.LoadedSong;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.song.SongCorrections;
import org.toetempo.song.SongLoading;
import org.toetempo.song.analysis.TapTempo;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.BeatMap;
import org.toetempo.timing.SongTiming;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The song the user plays to, for the whole app: loading it in the background (with its stage shown), its beat
 * as found and as corrected (typed, tapped, doubled, halved, nudged), its speed, and whether the routine follows
 * it or the metronome. Every change is applied at once to the session being played ({@link #attach}) and the
 * corrections are saved with the song, so it is never analysed or corrected twice.
 *
 * <p>Lives on the JavaFX thread; the loading runs on {@code background} and comes back through {@code fx}.
 */
public final class SongModel {

    /** Where the song stands. */
    public enum Status { NONE, LOADING, READY, FAILED }

    /** Slowest and fastest playback rates. */
    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 1.5;
    /** The nudge of the first beat per press. */
    public static final double NUDGE_SECONDS = 0.010;

    private final SongCache cache;
    private final RecentSongs recents;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Music> musicOut;
    private final LongSupplier clock;
    private final TapTempo taps = new TapTempo();

    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    /** The words of the loading stages and messages: the app's language once a panel shows them (English before). */
    private Messages words = Messages.of(Language.ENGLISH);
    /** The share of the load done, 0 to 1; -1 before the file is open (a spinner without a number). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper artist = new ReadOnlyStringWrapper(this, "artist");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyDoubleWrapper bpm = new ReadOnlyDoubleWrapper(this, "bpm");
    private final ReadOnlyDoubleWrapper firstBeat = new ReadOnlyDoubleWrapper(this, "firstBeat");
    private final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper(this, "confidence");
    private final ReadOnlyObjectWrapper<BeatMap> beatMap = new ReadOnlyObjectWrapper<>(this, "beatMap");
    private final ReadOnlyIntegerWrapper tapCount = new ReadOnlyIntegerWrapper(this, "tapCount");
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1.0);
    private final BooleanProperty useSong = new SimpleBooleanProperty(this, "useSong");
    private final BooleanProperty everywhere = new SimpleBooleanProperty(this, "everywhere");
    private final BooleanProperty clickOverSong = new SimpleBooleanProperty(this, "clickOverSong");
    private final ReadOnlyBooleanWrapper corrected =
            new ReadOnlyBooleanWrapper(this, "corrected");
    private final ObservableList<RecentSongs.Entry> recentList = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper songBlocks =
            new ReadOnlyBooleanWrapper(this, "songBlocks");
    private final DoubleBinding effectiveBpm = Bindings.createDoubleBinding(() -> bpm.get() * rate.get(), bpm, rate);

    private LoadedSong song;
    private SongTarget target;
    private Path demoFolder;
    private int loading;
    private boolean applying;

    public SongModel(SongCache cache, RecentSongs recents, Executor background, Executor fx, Consumer<Music> musicOut,
                     LongSupplier clock) {
        this.cache = cache;
        this.recents = recents;
        this.background = background;
        this.fx = fx;
        this.musicOut = musicOut;
        this.clock = clock;
        recentList.setAll(recents.list());
        recents.problem().ifPresent(problem -> message.set(problem.in(words)));
        rate.addListener(o -> {
            double clamped = Math.max(MIN_RATE, Math.min(MAX_RATE, rate.get()));
            if (clamped != rate.get()) {
                rate.set(clamped);
                return;
            }
            apply();
        });
        useSong.addListener(o -> apply());
        everywhere.addListener(o -> apply());
    }

    /**
     * The session to drive from now on (a new player), or {@code null}. A routine with song blocks follows a
     * loaded song in those; one without follows it only when the user chooses the song over the metronome.
     */
    public void attach(SongTarget newTarget) {
        target = newTarget;
        songBlocks.set(newTarget != null && newTarget.hasSongBlocks());
        if (newTarget != null) {
            applying = true;
            everywhere.set(!newTarget.hasSongBlocks());
            useSong.set(song != null && newTarget.hasSongBlocks());
            applying = false;
            apply();
        }
    }

    // ------------------------------------------------------------------ loading

    /** Reads, decodes and (unless cached) analyses the file in the background; the routine follows it when ready. */
    public void load(Path file) {
        load(file.getFileName().toString(), () -> file);
    }

    /** Where the demo song is copied to when the user picks it, or null (no demo offered). */
    public void setDemoFolder(Path folder) {
        demoFolder = folder;
    }

    public boolean offersDemo() {
        return demoFolder != null;
    }

    /**
     * Loads the project's demo song (112 BPM), first copying it out of the app into the demo folder (once), so
     * song mode can be tried without a song of one's own.
     */
    public void loadDemo() {
        Path folder = demoFolder;
        if (folder == null) {
            return;
        }
        load(DEMO_NAME, () -> {
            Path file = folder.resolve(DEMO_NAME);
            if (!Files.isRegularFile(file)) {
                try (InputStream in = SongModel.class.getResourceAsStream("/audio/demo/" + DEMO_NAME)) {
                    if (in == null) {
                        throw new IOException("the demo song is missing from this build");
                    }
                    Files.createDirectories(folder);
                    AtomicFiles.write(file, in.readAllBytes());
                }
            }
            return file;
        });
    }

    /** The demo song's file name, in the app and in the user's folder. */
    public static final String DEMO_NAME = "toe-tempo-demo-112bpm.mp3";

    private interface SongFile {
        Path get() throws IOException;
    }

    /** Words the loading stages and the messages in the language of the screen that shows them. */
    public void useWords(Messages words) {
        // The recent songs list's problem was worded in English when the model was made, before any screen.
        recents.problem().filter(problem -> problem.in(this.words).equals(message.get()))
                .ifPresent(problem -> message.set(problem.in(words)));
        this.words = words;
    }

    private String stageWord(SongLoading.Stage stage) {
        return switch (stage) {
            case READING -> words.get("song.loading.reading");
            case DECODING -> words.get("song.loading.decoding");
            case FINDING_BEAT -> words.get("song.loading.finding-beat");
        };
    }

    private void load(String name, SongFile source) {
        int ticket = ++loading;
        status.set(Status.LOADING);
        stage.set(words.get("song.loading.opening", name));
        progress.set(-1);
        message.set(null);
        background.execute(() -> {
            Path file = null;
            try {
                file = source.get();
                String[] shown = {null};
                LoadedSong loaded = SongLoading.load(file, cache, (what, fraction) -> {
                    // One update a percent at most: an hour-long mix must not flood the FX thread.
                    int percent = (int) Math.floor(fraction * 100);
                    String text = words.get("song.loading.progress", stageWord(what), percent);
                    if (text.equals(shown[0])) {
                        return;
                    }
                    shown[0] = text;
                    fx.execute(() -> {
                        if (ticket == loading) {
                            stage.set(text);
                            progress.set(percent / 100.0);
                        }
                    });
                });
                fx.execute(() -> {
                    if (ticket == loading) {
                        loaded(loaded);
                    }
                });
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                String why = e instanceof OutOfMemoryError ? words.get("song.loading.too-long") : e.getMessage();
                fx.execute(() -> {
                    if (ticket == loading) {
                        status.set(song == null ? Status.FAILED : Status.READY);
                        message.set(name + ": " + why);
                    }
                });
            }
        });
    }

    private void loaded(LoadedSong loaded) {
        song = loaded;
        taps.reset();
        tapCount.set(0);
        title.set(loaded.tags().title());
        artist.set(loaded.tags().artist());
        confidence.set(loaded.beat().analysis() == null ? 0 : loaded.beat().analysis().confidence());
        message.set(loaded.warning() != null ? loaded.warning().in(words)
                : loaded.bpm() > 0 ? null : words.get("song.no-steady-beat"));
        status.set(Status.READY);
        stage.set("");
        remember(loaded);
        applying = true;
        useSong.set(true);
        applying = false;
        showBeat();
        apply();
    }

    private void remember(LoadedSong loaded) {
        RecentSongs.Entry entry = new RecentSongs.Entry(loaded.path(), loaded.sha256(), loaded.tags().title(),
                loaded.tags().artist(), Instant.now());
        background.execute(() -> {
            try {
                recents.add(entry);
                fx.execute(() -> recentList.setAll(recents.list()));
            } catch (IOException e) {
                fx.execute(() -> message.set(words.get("song.recent-not-saved", e.getMessage())));
            }
        });
    }

    // ------------------------------------------------------------------ the user's corrections

    /** Sets the song's tempo (20 to 400 BPM), keeping its first beat. */
    public void setBpm(double value) {
        if (song == null || !(value >= 20 && value <= 400)) {
            return;
        }
        correct(corrections().withBpm(value));
    }

    /** Doubles the tempo (the analysis heard every other beat). */
    public void doubleBpm() {
        setBpm(bpm.get() * 2);
    }

    /** Halves the tempo (the analysis heard eighth notes). */
    public void halveBpm() {
        setBpm(bpm.get() / 2);
    }

    /** One and a half times the tempo (the beat found was the dotted pulse; the song counts in threes). */
    public void threeHalvesBpm() {
        setBpm(bpm.get() * 1.5);
    }

    /** Two thirds of the tempo (6/8, 12/8 or a shuffle: the pulse people tap is the dotted beat). */
    public void twoThirdsBpm() {
        setBpm(bpm.get() * 2 / 3);
    }

    /** Moves the beat earlier ({@code steps} negative) or later by 10 ms a step, while listening. */
    public void nudge(int steps) {
        if (song == null || bpm.get() <= 0) {
            return;
        }
        double moved = firstBeat.get() + steps * NUDGE_SECONDS;
        // A beat cannot fall before the song starts: the grid is the same from the next beat on.
        correct(corrections().withFirstBeatSeconds(moved < 0 ? moved + 60 / bpm.get() : moved));
    }

    /** Back to the beat the analysis found. */
    public void resetCorrections() {
        if (song != null) {
            correct(SongCorrections.NONE);
        }
    }

    /**
     * One tap along with the song (T): from the fourth, the taps set the tempo, and the last tap sets where the
     * beat falls in the song as it is heard.
     */
    public void tap() {
        if (song == null) {
            return;
        }
        long now = clock.getAsLong();
        taps.tap(now);
        tapCount.set(taps.taps());
        OptionalDouble tapped = taps.bpm();
        if (tapped.isEmpty()) {
            return;
        }
        double tempo = tapped.getAsDouble() / rate.get();
        SongCorrections c = corrections().withBpm(tempo);
        double heard = target == null ? Double.NaN : target.songSecondsAt(now);
        if (!Double.isNaN(heard)) {
            // The tap is a beat: the map moves by as much as its nearest beat is off, keeping its bars.
            BeatMap map = song.withCorrections(c.withFirstBeatSeconds(null)).beatMap();
            double nearest = map.timeOf(Math.round(map.beatAt(heard)));
            double first = map.firstDownbeatSeconds() + heard - nearest;
            double period = map.periodAt(heard);
            c = c.withFirstBeatSeconds(first < 0 ? first + period * map.beatsPerBar() : first);
        }
        correct(c);
    }

    private SongCorrections corrections() {
        return song.beat().corrections();
    }

    private void correct(SongCorrections corrections) {
        song = song.withCorrections(corrections);
        String hash = song.sha256();
        background.execute(() -> {
            try {
                cache.putCorrections(hash, corrections);
            } catch (IOException e) {
                fx.execute(() -> message.set(words.get("song.corrections-not-saved", e.getMessage())));
            }
        });
        if (song.bpm() > 0 && message.get() != null && message.get().equals(words.get("song.no-steady-beat"))) {
            message.set(null);
        }
        showBeat();
        apply();
    }

    private void showBeat() {
        beatMap.set(song.beatMap());
        bpm.set(song.bpm());
        firstBeat.set(song.firstBeatSeconds());
        corrected.set(!song.beat().corrections().isEmpty());
        if (song.bpm() > 0) {
            musicOut.accept(Music.of(song));
        } else {
            musicOut.accept(null);
        }
    }

    // ------------------------------------------------------------------ applying

    /** The song's timing as played, or {@code null} when the metronome leads. */
    public SongTiming timing() {
        if (song == null || !useSong.get() || song.bpm() <= 0) {
            return null;
        }
        return new SongTiming(song.beatMap(), rate.get(), Math.max(1e-3, song.audio().durationSeconds()));
    }

    private void apply() {
        if (applying || target == null) {
            return;
        }
        target.follow(timing(), everywhere.get());
    }

    // ------------------------------------------------------------------ properties

    public LoadedSong song() { return song; }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status.getReadOnlyProperty(); }
    /** What the loading is doing now ("Decoding…"). */
    public ReadOnlyStringProperty stageProperty() { return stage.getReadOnlyProperty(); }
    /** The share of the song's load done, 0 to 1, or -1 when not known (yet). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty artistProperty() { return artist.getReadOnlyProperty(); }
    /** A problem or hint for the user, or null. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The song's own tempo (as corrected). */
    public ReadOnlyDoubleProperty bpmProperty() { return bpm.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty firstBeatProperty() { return firstBeat.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty confidenceProperty() { return confidence.getReadOnlyProperty(); }
    /** Every beat of the song as played (tracked, with the user's corrections), or null. */
    public ReadOnlyObjectProperty<BeatMap> beatMapProperty() { return beatMap.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty tapCountProperty() { return tapCount.getReadOnlyProperty(); }
    /** Playback rate, 0.5 to 1.5. */
    public DoubleProperty rateProperty() { return rate; }
    /** The tempo heard: the song's tempo times the rate. */
    public DoubleBinding effectiveBpm() { return effectiveBpm; }
    /** Song (true) or metronome (false). */
    public BooleanProperty useSongProperty() { return useSong; }
    /** Follow the song in every block, not only in those written for a song. */
    public BooleanProperty everywhereProperty() { return everywhere; }
    /** Clicks and phase tones over the song, to check the beat. */
    public BooleanProperty clickOverSongProperty() { return clickOverSong; }
    /** Whether the user changed the analysis' beat. */
    public ReadOnlyBooleanProperty correctedProperty() { return corrected.getReadOnlyProperty(); }
    public ObservableList<RecentSongs.Entry> recentSongs() { return recentList; }
    /** Whether the routine played has blocks written for a song (else the song is followed everywhere). */
    public ReadOnlyBooleanProperty songBlocksProperty() { return songBlocks.getReadOnlyProperty(); }
}
