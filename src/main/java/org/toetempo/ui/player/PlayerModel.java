package org.toetempo.ui.player;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.toetempo.audio.SoundMode;
import org.toetempo.history.PlayTracker;
import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;
import org.toetempo.timing.Activity;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.MusicPosition;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Session;
import org.toetempo.timing.Snapshot;
import org.toetempo.timing.SongTiming;
import org.toetempo.ui.song.SongTarget;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * The player's view-model: read-only properties for what the screen shows, refreshed from the session's snapshot
 * once per frame by {@link #refresh()}, and the user's commands as methods. Properties change only when their
 * value does, so a frame with nothing new costs almost nothing.
 */
public final class PlayerModel implements SongTarget {

    /** How much one press of E adds to a rest, as interval timers do. */
    public static final int REST_EXTENSION_SECONDS = 15;

    private final Routine routine;
    private final Session session;
    private final Messages text;

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper phaseWord = new ReadOnlyStringWrapper(this, "phaseWord", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<Side> foot = new ReadOnlyObjectWrapper<>(this, "foot");
    private final ReadOnlyStringWrapper footText = new ReadOnlyStringWrapper(this, "footText", "");
    private final ReadOnlyStringWrapper repText = new ReadOnlyStringWrapper(this, "repText", "");
    private final ReadOnlyStringWrapper setText = new ReadOnlyStringWrapper(this, "setText", "");
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(this, "activity", Activity.READY);
    private final ReadOnlyObjectWrapper<FootPart> part = new ReadOnlyObjectWrapper<>(this, "part");
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>(this, "action");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyLongWrapper beat = new ReadOnlyLongWrapper(this, "beat", -1);
    private final ReadOnlyDoubleWrapper beatProgress = new ReadOnlyDoubleWrapper(this, "beatProgress");
    private final ReadOnlyObjectWrapper<BeatMark.Accent> accent = new ReadOnlyObjectWrapper<>(this, "accent");
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper(this, "instruction", "");
    private final ReadOnlyStringWrapper cues = new ReadOnlyStringWrapper(this, "cues", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper(this, "nextText", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyLongWrapper remainingNanos = new ReadOnlyLongWrapper(this, "remainingNanos");
    private final ReadOnlyStringWrapper blockName = new ReadOnlyStringWrapper(this, "blockName", "");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyDoubleWrapper routineProgress = new ReadOnlyDoubleWrapper(this, "routineProgress");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper bpm = new ReadOnlyDoubleWrapper(this, "bpm");
    private final ReadOnlyObjectWrapper<Session.State> state = new ReadOnlyObjectWrapper<>(this, "state", Session.State.READY);
    private final ReadOnlyStringWrapper soundNotice = new ReadOnlyStringWrapper(this, "soundNotice");
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    private final ObjectProperty<SoundMode> sound =
            new SimpleObjectProperty<>(this, "sound", SoundMode.BOTH);
    private Supplier<String> soundStatus = () -> null;
    private PlayTracker tracker;
    private final DoubleProperty clickVolume = new SimpleDoubleProperty(this, "clickVolume", 0.8);
    private final DoubleProperty voiceVolume = new SimpleDoubleProperty(this, "voiceVolume", 0.9);
    private final DoubleProperty musicVolume = new SimpleDoubleProperty(this, "musicVolume", 0.7);
    private final ReadOnlyObjectWrapper<Schedule> schedule = new ReadOnlyObjectWrapper<>(this, "schedule");
    private final ReadOnlyBooleanWrapper followingSong = new ReadOnlyBooleanWrapper(this, "followingSong");
    private DoubleUnaryOperator songTempo;
    private final ReadOnlyStringWrapper stepCountText = new ReadOnlyStringWrapper(this, "stepCountText", "");
    private final ReadOnlyObjectWrapper<ScheduledStep> levelStep = new ReadOnlyObjectWrapper<>(this, "levelStep");
    private final ReadOnlyStringWrapper levelNotice = new ReadOnlyStringWrapper(this, "levelNotice");
    private LevelMemory levelMemory = (r, exercise, level) -> null;
    /** A level chosen for the exercise being played: it takes effect when its step ends. */
    private String[] pendingLevel;
    private int shownStep = Integer.MIN_VALUE;
    private long shownSecondsLeft = Long.MIN_VALUE;

    /** A player in English (tests, and callers that have no language yet). */
    public PlayerModel(Routine routine, Session session) {
        this(routine, session, Messages.of(Language.ENGLISH));
    }

    /**
     * A player in the language of {@code text}. The schedule's own texts ("Set 1 of 2", "Rest 20 s") follow it: a
     * session compiled in another language is compiled again in this one.
     */
    public PlayerModel(Routine routine, Session session, Messages text) {
        this.routine = routine;
        this.session = session;
        this.text = text;
        if (session.options().language() != text.language()) {
            session.changeOptions(session.options().inLanguage(text.language()));
        }
        refresh();
    }

    /** The words of the player, in the user's language. */
    public Messages text() {
        return text;
    }

    public Routine routine() {
        return routine;
    }

    /** Records which reps were really played (for the session's history record). */
    public void track(PlayTracker playTracker) {
        tracker = playTracker;
    }

    /** The session's schedule now (it changes with the tempo). */
    public Schedule schedule() {
        return session.schedule();
    }

    /** Where a problem with the sound comes from: a sentence for the user, or {@code null} when sound is on. */
    public void setSoundStatus(Supplier<String> status) {
        soundStatus = status;
        refresh();
    }

    /** The scheduled steps, for the progress bar. */
    public List<ScheduledStep> steps() {
        return session.schedule().steps();
    }

    public long totalNanos() {
        return session.schedule().totalNanos();
    }

    /** Where a level chosen in the player is remembered for this routine (the same place the library keeps it). */
    @FunctionalInterface
    public interface LevelMemory {
        /** Remembers the choice; returns why it could not be saved, or {@code null}. */
        Phrase remember(Routine routine, String exercise, String level);
    }

    public void rememberLevelsIn(LevelMemory memory) {
        levelMemory = memory;
    }

    // ------------------------------------------------------------------ commands

    /**
     * Plays {@code exercise} at {@code level} from now on and remembers it for this routine. Where that exercise is
     * being played, from its next step on (its reps do not change under the user's feet); elsewhere at once.
     */
    public void chooseLevel(String exercise, String level) {
        Phrase unsaved = levelMemory.remember(routine, exercise, level);
        String problem = unsaved == null ? null : unsaved.in(text);
        Snapshot s = session.snapshot();
        boolean midStep = s.step() != null && s.step().exercise().id().equals(exercise)
                && s.activity() != Activity.LEAD_IN && s.activity() != Activity.COUNT_IN && s.state() != Session.State.READY;
        if (midStep) {
            pendingLevel = new String[] {exercise, level};
            String name = s.step().exercise().level(level).map(l -> l.name()).orElse(level);
            levelNotice.set(problem != null ? problem : text.get("player.level.next-step", name));
        } else {
            pendingLevel = null;
            session.changeOptions(session.options().withLevel(exercise, level));
            levelNotice.set(problem);
        }
        refresh();
    }

    /** The level waiting for the next step, as {exercise, level}, or {@code null}. */
    String[] pendingLevel() {
        return pendingLevel;
    }

    private void applyPendingLevel() {
        if (pendingLevel != null) {
            String[] chosen = pendingLevel;
            pendingLevel = null;
            levelNotice.set(null);
            session.changeOptions(session.options().withLevel(chosen[0], chosen[1]));
        }
    }


    public void togglePlay() {
        session.togglePause();
        refresh();
    }

    public void nextStep() {
        observe();
        session.nextStep();
        jumped();
    }

    /** Skips the rest now running (N); nothing outside a rest. */
    public void skipRest() {
        // A rest has no reps to count: marked as a jump so the tracker does not take the skipped time as play.
        observe();
        session.skipRest();
        jumped();
    }

    /** Lengthens the rest now running by {@link #REST_EXTENSION_SECONDS} (E); nothing outside a rest. */
    public void extendRest() {
        if (session.extendRest(REST_EXTENSION_SECONDS * 1_000_000_000L)) {
            refresh();
        }
    }

    public void previousStep() {
        observe();
        session.previousStep();
        jumped();
    }

    public void restartStep() {
        observe();
        session.restartStep();
        jumped();
    }

    public void jumpToStep(int index) {
        observe();
        session.jumpToStep(index);
        jumped();
    }

    private void observe() {
        if (tracker != null) {
            tracker.observe(session.schedule(), session.snapshot().nanos());
        }
    }

    private void jumped() {
        if (tracker != null) {
            tracker.jumped(session.schedule(), session.snapshot().nanos());
        }
        refresh();
    }

    public void stop() {
        session.stop();
        refresh();
    }

    public void toggleMute() {
        muted.set(!muted.get());
    }

    /** Sets the current block's tempo (clamped to its range); returns what was applied. */
    public double setTempo(double value) {
        if (songTempo != null && followingSong.get()) {
            // The song is the tempo here: faster or slower means playing the song faster or slower.
            double applied = songTempo.applyAsDouble(value);
            refresh();
            return applied;
        }
        double applied = session.changeTempo(value);
        bpm.set(applied);
        refresh();
        return applied;
    }

    public void tempoUp() {
        setTempo(Math.floor(bpm.get() / 5) * 5 + 5);
    }

    public void tempoDown() {
        setTempo(Math.ceil(bpm.get() / 5) * 5 - 5);
    }

    /**
     * What the tempo control does where the routine follows the song: given the tempo wanted, change the song's
     * speed and return the tempo heard.
     */
    public void setSongTempo(DoubleUnaryOperator change) {
        songTempo = change;
    }

    // ------------------------------------------------------------------ song

    @Override
    public void follow(SongTiming song, boolean everywhere) {
        PlayOptions now = session.options();
        if (Objects.equals(now.song(), song) && (song == null || now.songEverywhere() == everywhere)) {
            return;
        }
        session.changeOptions(now.withSong(song, everywhere));
        refresh();
    }

    @Override
    public boolean hasSongBlocks() {
        return routine.blocks().stream()
                .anyMatch(b -> routine.tempo().with(b.tempo()).source() == TempoSource.SONG);
    }

    @Override
    public double songSecondsAt(long clockNanos) {
        MusicPosition at = session.musicAt(clockNanos);
        return at == null ? Double.NaN : at.songNanos() / 1e9;
    }

    /** The allowed tempo range where the user is now. */
    public Tempo tempoRange() {
        Snapshot s = snapshot.get();
        int block = s != null && s.step() != null ? s.step().block() : 0;
        return routine.tempo().with(routine.blocks().get(block).tempo());
    }

    // ------------------------------------------------------------------ refresh

    /** Reads the session once and updates what changed. Call once per frame. */
    public void refresh() {
        Snapshot s = session.snapshot();
        if (s.stepIndex() != shownStep) {
            if (shownStep != Integer.MIN_VALUE) {
                applyPendingLevel();
                s = session.snapshot();
            }
            shownStep = s.stepIndex();
        }
        Schedule compiled = session.schedule();
        if (compiled != schedule.get()) {
            schedule.set(compiled);
        }
        followingSong.set(followsSong(compiled, s));
        if (tracker != null && s.state() == Session.State.PLAYING || tracker != null && s.state() == Session.State.FINISHED) {
            tracker.observe(session.schedule(), s.nanos());
        }
        snapshot.set(s);
        ScheduledStep step = s.step();
        state.set(s.state());
        playing.set(s.state() == Session.State.PLAYING);
        activity.set(s.activity());
        phaseWord.set(PlayerWords.wordFor(s, text));
        title.set(step == null ? routine.name() : step.title());
        foot.set(s.activity() == Activity.DONE ? null : s.foot());
        footText.set(PlayerWords.footLabel(s.activity() == Activity.DONE ? null : s.foot(), text));
        repText.set(step == null || s.rep() == 0 ? step == null ? "" : "– / " + s.reps() : s.rep() + " / " + s.reps());
        int setsOnThisFoot = step == null ? 0 : step.setsOn(s.foot());
        setText.set(step == null || s.set() == 0 ? step == null ? "" : "– / " + setsOnThisFoot : s.set() + " / " + setsOnThisFoot);
        part.set(s.part());
        action.set(s.action());
        progress.set(s.progress());
        beat.set(s.beat());
        beatProgress.set(s.beatProgress());
        accent.set(s.accent());
        instruction.set(step == null ? routine.setup() == null ? routine.summary() : routine.setup() : PlayerWords.instructionFor(step, s));
        cues.set(step == null ? "" : PlayerWords.cuesFor(step));
        prompt.set(s.prompt());
        nextText.set(PlayerWords.nextFor(s, text));
        // What the session will still play from here (a lengthened rest included), not the schedule's length
        // minus the position: that stood still through an added 15 s.
        long remaining = session.remainingNanos();
        long secondsLeft = PlayerWords.wholeSeconds(remaining);
        if (secondsLeft != shownSecondsLeft) {
            // Once a second, not 60 times: formatting is most of what a frame allocates here.
            shownSecondsLeft = secondsLeft;
            timeLeft.set(text.get("player.time-left", PlayerWords.clock(remaining)));
        }
        remainingNanos.set(remaining);
        blockName.set(step == null ? "" : routine.blocks().get(step.block()).name());
        stepIndex.set(s.stepIndex());
        stepCountText.set(s.activity() == Activity.DONE || s.stepCount() == 0 ? ""
                : text.get("player.step-count", Math.max(0, s.stepIndex()) + 1, s.stepCount()));
        ScheduledStep levelled = step != null ? step : s.nextStep();
        levelStep.set(levelled != null && levelled.level() != null && levelled.exercise().levels().size() > 1
                ? levelled : null);
        routineProgress.set(s.totalNanos() == 0 ? 0 : s.nanos() / (double) s.totalNanos());
        if (s.activity() != Activity.DONE) {
            bpm.set(s.bpm());   // the last tempo stays shown on "well done" (the snapshot has none there)
        }
        soundNotice.set(soundStatus.get());
    }

    private boolean followsSong(Schedule compiled, Snapshot s) {
        PlayOptions options = compiled.options();
        if (options.song() == null) {
            return false;
        }
        int block = s.step() != null ? s.step().block() : 0;
        return options.songEverywhere()
                || routine.tempo().with(routine.blocks().get(block).tempo()).source() == TempoSource.SONG;
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyStringProperty phaseWordProperty() { return phaseWord.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Side> footProperty() { return foot.getReadOnlyProperty(); }
    public ReadOnlyStringProperty footTextProperty() { return footText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty repTextProperty() { return repText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty setTextProperty() { return setText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Activity> activityProperty() { return activity.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FootPart> partProperty() { return part.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Action> actionProperty() { return action.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyLongProperty beatProperty() { return beat.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty beatProgressProperty() { return beatProgress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BeatMark.Accent> accentProperty() { return accent.getReadOnlyProperty(); }
    public ReadOnlyStringProperty instructionProperty() { return instruction.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cuesProperty() { return cues.getReadOnlyProperty(); }
    public ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nextTextProperty() { return nextText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeLeftProperty() { return timeLeft.getReadOnlyProperty(); }
    /** What the session will still play, in nanoseconds: a lengthened rest counts, a skipped one does not. */
    public ReadOnlyLongProperty remainingNanosProperty() { return remainingNanos.getReadOnlyProperty(); }
    /** "Step 3 of 12". */
    public ReadOnlyStringProperty stepCountTextProperty() { return stepCountText.getReadOnlyProperty(); }
    /** The step whose exercise's level the user may change now (the coming one before it starts), or {@code null}. */
    public ReadOnlyObjectProperty<ScheduledStep> levelStepProperty() { return levelStep.getReadOnlyProperty(); }
    /** When a chosen level applies, or why it could not be remembered; {@code null} when nothing to say. */
    public ReadOnlyStringProperty levelNoticeProperty() { return levelNotice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty blockNameProperty() { return blockName.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty stepIndexProperty() { return stepIndex.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty routineProgressProperty() { return routineProgress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty bpmProperty() { return bpm.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Session.State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty soundNoticeProperty() { return soundNotice.getReadOnlyProperty(); }
    /** The schedule played (a new one after a tempo, song or speed change). */
    public ReadOnlyObjectProperty<Schedule> scheduleProperty() { return schedule.getReadOnlyProperty(); }
    /** Whether the song sets the tempo where the user is now. */
    public ReadOnlyBooleanProperty followingSongProperty() { return followingSong.getReadOnlyProperty(); }
    /** Silences clicks and voice; the screen goes on. */
    public BooleanProperty mutedProperty() { return muted; }
    /** Loudness of the clicks and tones, 0 to 1. */
    public DoubleProperty clickVolumeProperty() { return clickVolume; }
    /** Loudness of the spoken cues, 0 to 1. */
    public DoubleProperty voiceVolumeProperty() { return voiceVolume; }
    /** Loudness of the song, 0 to 1. */
    public DoubleProperty musicVolumeProperty() { return musicVolume; }
    /** Clicks, voice or both. */
    public ObjectProperty<SoundMode> soundProperty() { return sound; }
}
