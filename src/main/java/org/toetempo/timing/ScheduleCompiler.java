package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a routine out in time. One pass, in order: count-in, then for each block its steps (lead-in bar,
 * sets on each foot, reps, phases, rests). Beat-timed segments share a {@link BeatGrid} for as long as the
 * tempo holds, so every beat time comes from the grid's anchor; a rest timed in seconds ends the grid and the
 * next beat starts a new one. With a song, one grid covers the song's blocks and every rest ends on a downbeat.
 */
final class ScheduleCompiler {

    private static final long SECOND = 1_000_000_000L;

    private final Routine routine;
    private final PlayOptions options;
    private final CueWords words;
    private final PlayChoice choice;

    private final List<Cue> cues = new ArrayList<>();
    private final List<BeatMark> beats = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<ScheduledStep> steps = new ArrayList<>();

    /** Schedule time reached so far. */
    private long now;
    /** The grid the next beat segment continues, or {@code null} when the next beat starts a new one. */
    private BeatGrid grid;
    private double gridBeat;
    private double gridBpm;
    /** Beats laid out so far in the current block (drives ramps). */
    private double blockBeats;
    private long songStartNanos = -1;
    private final List<Schedule.SongSpan> songSpans = new ArrayList<>();

    /** The tempo context of the block being laid out. */
    private Tempo tempo;
    private boolean songMode;
    /** The user chose this block's tempo, so steps' own tempos give way to it. */
    private boolean userTempo;
    private int halfTime = 1;
    private double rampSlope;
    private long songGridStart;

    ScheduleCompiler(Routine routine, PlayOptions options) {
        this.routine = routine;
        this.options = options;
        this.words = new CueWords(Messages.of(options.language()));
        this.choice = new PlayChoice(routine, options);
    }

    Schedule compile() {
        List<Integer> blocks = choice.blocksToPlay();
        cue(CueType.ROUTINE_START, null, 0, 0, 0, 0, null, routine.name(), 0, -1);
        boolean first = true;
        for (int b = 0; b < blocks.size(); b++) {
            int blockIndex = blocks.get(b);
            Block block = routine.blocks().get(blockIndex);
            enterBlock(blockIndex, block);
            if (first) {
                countIn(firstStepTempo(block));
                first = false;
            }
            layOutBlock(blockIndex, block);
            if (b < blocks.size() - 1 && block.restAfterSeconds() > 0) {
                rest(block.restAfterSeconds(), -1, null, 0);
            }
        }
        cue(CueType.ROUTINE_END, null, 0, 0, 0, 0, null, words.routineEnd(routine.name()), 0, -1);
        cues.sort(Comparator.comparingLong(Cue::nanos));
        return new Schedule(routine, options, List.copyOf(numberBeats(cues)), List.copyOf(beats),
                List.copyOf(segments), List.copyOf(steps), now, songStartNanos, endSongSpans());
    }

    // ------------------------------------------------------------------ tempo

    private void enterBlock(int blockIndex, Block block) {
        Tempo written = routine.tempo().with(block.tempo());
        Double chosen = options.blockBpm().containsKey(blockIndex) ? options.blockBpm().get(blockIndex) : options.bpm();
        userTempo = chosen != null;
        tempo = chosen == null ? written : new Tempo(chosen, written.minBpm(), written.maxBpm(), 0,
                written.source(), written.countInBeats(), written.beatsPerBar(), written.halfTimeAboveBpm());
        boolean wasSong = songMode;
        songMode = options.song() != null && (options.songEverywhere() || tempo.source() == TempoSource.SONG);
        blockBeats = 0;
        rampSlope = 0;
        if (songMode) {
            if (!wasSong) {
                startSong();
            }
            // The song's tempo where the block begins: a song that speeds up may cross the half-time line.
            halfTime = grid.bpmAt(gridBeat) > tempo.halfTimeAboveBpm() ? 2 : 1;
        } else {
            if (wasSong) {
                songSpans.add(new Schedule.SongSpan(songStartNanos, now));
            }
            halfTime = 1;
            grid = null;
            if (tempo.ramps()) {
                rampSlope = (tempo.rampToBpm() - tempo.bpm()) / Math.max(1, beatsOfBlock(blockIndex, block));
            }
        }
        cue(CueType.BLOCK_START, null, 0, 0, 0, 0, null, block.name(), 0, -1);
    }

    /** The stretches of schedule time the song plays in, the last one closed at the routine's end. */
    private List<Schedule.SongSpan> endSongSpans() {
        List<Schedule.SongSpan> spans = new ArrayList<>(songSpans);
        if (songMode) {
            spans.add(new Schedule.SongSpan(songStartNanos, now));
        }
        return List.copyOf(spans);
    }

    /** The song starts now; its first beat opens the grid every later beat of its blocks sits on. */
    private void startSong() {
        songStartNanos = now;
        grid = options.song().grid(now);
        songGridStart = grid.timeOf(0);
        gridBpm = grid.bpmAt(0);
        if (songGridStart > now) {
            segment(Activity.LEAD_IN, now, songGridStart, null, 0, 0, -1, -1, null, 0, 0, -1, null, null, "");
            now = songGridStart;
        }
        gridBeat = 0;
    }

    /** The number of beats a block takes at its starting tempo: what a ramp spreads its change over. */
    private double beatsOfBlock(int blockIndex, Block block) {
        PlayOptions constant = new PlayOptions(tempo.bpm(), options.blockBpm(), null, false, options.stage(),
                options.levels(), options.skipOptional(), options.doses(), options.leaveOut());
        ScheduleCompiler dry = new ScheduleCompiler(routine, constant);
        dry.tempo = new Tempo(tempo.bpm(), tempo.minBpm(), tempo.maxBpm(), 0, TempoSource.METRONOME,
                tempo.countInBeats(), tempo.beatsPerBar(), tempo.halfTimeAboveBpm());
        dry.layOutBlock(blockIndex, block);
        return dry.beats.size();
    }

    private double bpmFor(Step step) {
        if (songMode) {
            return grid.bpmAt(gridBeat) / halfTime;
        }
        if (userTempo || step.tempo() == null || step.tempo().bpm() == null) {
            return tempo.bpm();
        }
        return step.tempo().bpm();
    }

    private double firstStepTempo(Block block) {
        return block.steps().isEmpty() ? tempo.bpm() : bpmFor(block.steps().get(0));
    }

    // ------------------------------------------------------------------ layout

    private void countIn(double bpm) {
        int count = tempo.countInBeats();
        if (count == 0) {
            return;
        }
        if (songMode) {
            alignToDownbeat();
        }
        for (int i = 0; i < count; i++) {
            cue(CueType.COUNT_IN, null, 0, 0, 0, 0, null, Integer.toString(count - i), count - i, -1);
            beatSegment(Activity.COUNT_IN, halfTime, bpm, -1, null, 0, 0, -1, null, null, "", BeatMark.Accent.COUNT);
        }
    }

    private void layOutBlock(int blockIndex, Block block) {
        List<Integer> playable = new ArrayList<>();
        for (int i = 0; i < block.steps().size(); i++) {
            if (choice.plays(block.steps().get(i)) && !choice.leftOut(blockIndex, i, block.steps().get(i))) {
                playable.add(i);
            }
        }
        if (playable.isEmpty()) {
            return;
        }
        if (block.repeat() == null) {
            for (int i : playable) {
                layOutStep(blockIndex, i, 0, block.steps().get(i), true);
            }
            return;
        }
        long blockStart = now;
        long limit = Math.round(block.repeat().seconds() * SECOND);
        if (songMode && block.repeat().untilSongEnds()) {
            limit = Math.max(0, options.song().durationNanos() - (blockStart - songStartNanos));
        }
        // Cycle whole steps while they fit; the first always plays. A step that would overrun is taken back.
        for (int cycle = 0, n = 0; ; cycle++) {
            for (int i : playable) {
                Mark mark = mark();
                layOutStep(blockIndex, i, cycle, block.steps().get(i), n == 0);
                if (n > 0 && now - blockStart > limit) {
                    rollBack(mark);
                    return;
                }
                n++;
            }
        }
    }

    private void layOutStep(int blockIndex, int stepInBlock, int cycle, Step step, boolean leadIn) {
        Exercise exercise = routine.exercise(step.exercise());
        String level = choice.levelOf(step, exercise);
        PlayOptions.Dose dose = options.doses().get(exercise.id());
        List<Phase> phases = dose == null ? StepLayout.phasesOf(step, exercise, level) : StepLayout.withHold(StepLayout.phasesOf(step, exercise, level), dose);
        double bpm = bpmFor(step);
        int written = dose == null ? step.reps() : dose.reps(step.reps());
        int reps = written > 0 ? written : StepLayout.repsFor(step.forSeconds(), phases, bpm);
        List<Side> feet = StepLayout.feet(step.side(), step.sets());
        if (dose != null) {
            feet = StepLayout.withExtraSet(feet, dose.extraSet());
        }
        int index = steps.size();
        int firstSegment = segments.size();
        long start = now;
        String title = Wording.title(step, exercise);
        int[] setOnFoot = new int[3];

        if (songMode) {
            alignToDownbeat();
            start = now;
        }
        Subject subject = new Subject(exercise, level, exercise.figure());
        cue(CueType.EXERCISE_START, subject, 0, StepLayout.setsOn(feet, feet.get(0)), 0, reps, null,
                words.exerciseStart(title, feet.get(0)), 0, index, feet.get(0));
        if (leadIn) {
            leadIn(bpm, index, feet.get(0));
        }
        for (int f = 0; f < feet.size(); f++) {
            Side foot = feet.get(f);
            int set = ++setOnFoot[foot.ordinal() % 3];
            int sets = StepLayout.setsOn(feet, foot);
            if (f > 0) {
                if (step.restBetweenSetsSeconds() > 0) {
                    rest(step.restBetweenSetsSeconds(), index, foot, set);
                }
                if (foot != feet.get(f - 1)) {
                    if (songMode) {
                        alignToDownbeat();
                    }
                    cue(CueType.SWITCH_SIDE, subject, set, sets, 0, reps, null,
                            words.switchTo(foot), 0, index, foot);
                    leadIn(bpm, index, foot);
                }
            }
            cue(CueType.SET_START, subject, set, sets, 0, reps, null,
                    words.set(set, sets), set, index, foot);
            for (int rep = 1; rep <= reps; rep++) {
                for (int p = 0; p < phases.size(); p++) {
                    phase(phases.get(p), p, subject, bpm, index, foot, set, sets, rep, reps);
                }
                cue(CueType.REP_COMPLETE, subject, set, sets, rep, reps, null,
                        words.rep(rep, reps), rep, index, foot);
            }
        }
        long end = now;
        int segmentCount = segments.size() - firstSegment;
        cue(CueType.EXERCISE_END, subject, 0, step.sets(), 0, reps, null, words.exerciseEnd(title), 0, index, null);
        if (step.prompt() != null) {
            cue(CueType.PROMPT, subject, 0, step.sets(), 0, reps, null, step.prompt(), 0, index, null);
        }
        steps.add(new ScheduledStep(index, blockIndex, stepInBlock, cycle, step, exercise, title, level,
                step.sets(), reps, bpm, start, end, firstSegment, segmentCount, List.copyOf(feet)));
        if (step.restAfterSeconds() > 0) {
            rest(step.restAfterSeconds(), index, null, 0);
        }
    }

    private void phase(Phase phase, int p, Subject exercise, double bpm, int step, Side foot, int set, int sets,
                       int rep, int reps) {
        FootPart part = phase.part() != null ? phase.part() : exercise.part();
        Subject moving = exercise.moving(part);
        if (phase.timedInBeats()) {
            cue(CueType.PHASE, moving, set, sets, rep, reps, phase.action(), phase.cue(), phase.beats(), step, foot);
            BeatMark.Accent accent = p == 0 ? BeatMark.Accent.REP : BeatMark.Accent.PHASE;
            beatSegment(Activity.MOVE, phase.beats() * halfTime, bpm, step, foot, set, rep, p, phase.action(), part,
                    phase.cue(), accent);
            return;
        }
        int seconds = (int) Math.ceil(phase.seconds());
        cue(CueType.HOLD_START, moving, set, sets, rep, reps, phase.action(),
                phase.cue().isEmpty() ? words.hold() : phase.cue(), seconds, step, foot);
        if (songMode) {
            // Round the hold up to whole beats, so the rep carries on on the beat.
            int holdBeats = grid instanceof BeatGrid.Mapped
                    // The beats of this stretch of the song, however long each is there.
                    ? Math.max(1, (int) Math.ceil(grid.beatAt(now + Math.round(phase.seconds() * SECOND)) - gridBeat - 1e-6))
                    : (int) Math.ceil(phase.seconds() * gridBpm / 60 - 1e-9);
            long start = now;
            beatSegment(Activity.HOLD, holdBeats, bpm, step, foot, set, rep, p, phase.action(), part, phase.cue(), null);
            countdown(start, now, step, foot, moving, set, sets, rep, reps);
        } else {
            long end = now + Math.round(phase.seconds() * SECOND);
            segment(Activity.HOLD, now, end, null, 0, 0, -1, step, foot, set, rep, p, phase.action(), part, phase.cue());
            countdown(now, end, step, foot, moving, set, sets, rep, reps);
            now = end;
            grid = null;
        }
    }

    private void leadIn(double bpm, int step, Side foot) {
        beatSegment(Activity.LEAD_IN, tempo.beatsPerBar() * halfTime, bpm, step, foot, 0, 0, -1, null, null, "",
                BeatMark.Accent.COUNT);
    }

    /** A rest of at least {@code seconds}; with a song it runs on to the next downbeat. */
    private void rest(double seconds, int step, Side foot, int set) {
        int shown = (int) Math.ceil(seconds);
        cue(CueType.REST_START, null, set, 0, 0, 0, null, words.rest(seconds), shown, step, foot);
        long start = now;
        if (songMode) {
            long target = now + Math.round(seconds * SECOND);
            double targetBeat = grid.beatAt(target);
            int perBar = tempo.beatsPerBar();
            double barBeat = Math.ceil((targetBeat - 1e-6) / perBar) * perBar;
            int restBeats = Math.max(perBar, (int) Math.round(barBeat - gridBeat));
            beatSegment(Activity.REST, restBeats, gridBpm, step, foot, set, 0, -1, null, null, "", null);
        } else {
            long end = now + Math.round(seconds * SECOND);
            segment(Activity.REST, now, end, null, 0, 0, -1, step, foot, set, 0, -1, null, null, "");
            now = end;
            grid = null;
        }
        countdown(start, now, step, foot, null, set, 0, 0, 0);
    }

    /** Whole seconds counted down to the end of a hold or rest ("3", "2", "1" at 3, 2 and 1 s before it ends). */
    private void countdown(long start, long end, int step, Side foot, Subject exercise, int set, int sets, int rep,
                           int reps) {
        for (long remaining = (end - start) / SECOND; remaining >= 1; remaining--) {
            long at = end - remaining * SECOND;
            if (at > start) {
                cues.add(cueAt(at, CueType.COUNTDOWN, exercise, set, sets, rep, reps, null, Long.toString(remaining),
                        (int) remaining, step, foot));
            }
        }
    }

    /** With a song: wait (as part of getting ready) for the next downbeat. */
    private void alignToDownbeat() {
        int perBar = tempo.beatsPerBar();
        double next = Math.ceil((gridBeat - 1e-6) / perBar) * perBar;
        int pad = (int) Math.round(next - gridBeat);
        if (pad > 0) {
            beatSegment(Activity.LEAD_IN, pad, gridBpm, -1, null, 0, 0, -1, null, null, "", BeatMark.Accent.BEAT);
        }
    }

    /**
     * Lays out {@code count} beats. In song mode they continue the song's grid; otherwise they continue the
     * current grid if the tempo is unchanged, or open a new grid (constant or ramp) at the current time.
     */
    private void beatSegment(Activity activity, int count, double bpm, int step, Side foot, int set, int rep, int phase,
                             Action action, FootPart part, String cue, BeatMark.Accent firstAccent) {
        if (!songMode) {
            double target = rampSlope != 0 ? tempo.bpm() + rampSlope * blockBeats : bpm;
            if (grid == null || (rampSlope == 0 && gridBpm != target)) {
                grid = rampSlope != 0 ? new BeatGrid.Ramp(now, target, rampSlope) : new BeatGrid.Constant(now, target);
                gridBpm = target;
                gridBeat = 0;
            }
        }
        long start = grid.timeOf(gridBeat);
        long end = grid.timeOf(gridBeat + count);
        long firstBeat = beats.size();
        for (int k = 0; k < count; k++) {
            BeatMark.Accent accent = k == 0 && firstAccent != null ? firstAccent
                    : activity == Activity.COUNT_IN || activity == Activity.LEAD_IN ? BeatMark.Accent.COUNT : BeatMark.Accent.BEAT;
            if (activity == Activity.MOVE && k > 0 && k % halfTime != 0) {
                accent = BeatMark.Accent.BEAT;
            }
            beats.add(new BeatMark(grid.timeOf(gridBeat + k), beats.size(), accent, foot));
        }
        segment(activity, start, end, grid, gridBeat, count, firstBeat, step, foot, set, rep, phase, action, part, cue);
        gridBeat += count;
        blockBeats += count;
        now = end;
    }

    private void segment(Activity activity, long start, long end, BeatGrid onGrid, double atBeat, int count,
                         long firstBeat, int step, Side foot, int set, int rep, int phase, Action action,
                         FootPart part, String cue) {
        segments.add(new Segment(activity, start, end, onGrid, atBeat, count, firstBeat, step, foot, set, rep, phase,
                action, part, cue));
    }

    private void cue(CueType type, Subject exercise, int set, int sets, int rep, int reps, Action action, String text,
                     int value, int step) {
        cue(type, exercise, set, sets, rep, reps, action, text, value, step, null);
    }

    private void cue(CueType type, Subject exercise, int set, int sets, int rep, int reps, Action action, String text,
                     int value, int step, Side foot) {
        cues.add(cueAt(now, type, exercise, set, sets, rep, reps, action, text, value, step, foot));
    }

    private static Cue cueAt(long at, CueType type, Subject exercise, int set, int sets, int rep, int reps,
                             Action action, String text, int value, int step, Side foot) {
        return exercise == null
                ? new Cue(at, -1, type, step, null, null, null, null, foot, set, sets, rep, reps, action, text, value)
                : new Cue(at, -1, type, step, exercise.exercise().id(), exercise.exercise().name(), exercise.level(),
                        exercise.part(), foot, set, sets, rep, reps, action, text, value);
    }

    /** The exercise a cue belongs to, at the level played, and the part of the foot that moves then. */
    private record Subject(Exercise exercise, String level, FootPart part) {
        Subject moving(FootPart moved) {
            return new Subject(exercise, level, moved);
        }
    }

    /** Gives each cue that falls exactly on a beat that beat's number. */
    private List<Cue> numberBeats(List<Cue> sorted) {
        List<Cue> out = new ArrayList<>(sorted.size());
        int b = 0;
        for (Cue cue : sorted) {
            while (b < beats.size() && beats.get(b).nanos() < cue.nanos()) {
                b++;
            }
            boolean onBeat = b < beats.size() && beats.get(b).nanos() == cue.nanos()
                    && cue.type() != CueType.COUNTDOWN;
            out.add(onBeat ? cue.onBeat(beats.get(b).index()) : cue);
        }
        return out;
    }

    private record Mark(int cues, int beats, int segments, int steps, long now, BeatGrid grid, double gridBeat,
                        double gridBpm, double blockBeats) {
    }

    private Mark mark() {
        return new Mark(cues.size(), beats.size(), segments.size(), steps.size(), now, grid, gridBeat, gridBpm, blockBeats);
    }

    private void rollBack(Mark mark) {
        cues.subList(mark.cues(), cues.size()).clear();
        beats.subList(mark.beats(), beats.size()).clear();
        segments.subList(mark.segments(), segments.size()).clear();
        steps.subList(mark.steps(), steps.size()).clear();
        now = mark.now();
        grid = mark.grid();
        gridBeat = mark.gridBeat();
        gridBpm = mark.gridBpm();
        blockBeats = mark.blockBeats();
    }
}
