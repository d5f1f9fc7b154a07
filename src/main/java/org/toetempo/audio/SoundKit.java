package org.toetempo.audio;

import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.timing.BeatMark;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The synthesized sounds of the player, made once in code (no sample files), all at {@link Pcm#SAMPLE_RATE}.
 *
 * <ul>
 *   <li><b>Beats</b>: a woodblock "tock" on the first beat of a rep, a lighter knock on the start of a later phase,
 *       a high stick tick on count-in and lead-in beats, and a soft tick on every other beat.</li>
 *   <li><b>Phases</b>: a short tone whose shape says what the foot does (rising for lift, spread, dome...; falling
 *       for lower and release; a low steady thump for press, curl and grab; a two-note turn for rolls and turns)
 *       and whose timbre and register say which part moves (big toe: round, low; lesser toes: reedy, high;
 *       all toes: in between; arch, heel and the rest: warm and lowest).</li>
 *   <li><b>Events</b>: a soft dyad for hold start, a quick falling pair for hold end, a descending three-note chime
 *       for rest, a "ding-dong" for switching feet, a rising arpeggio for the end, a pip for countdowns.</li>
 * </ul>
 * Every sound starts at its full attack on sample 0 and ends in exact silence; the beat sounds last at most
 * 110 ms and phase tones 150 ms, so they never run into the next beat (375 ms at 160 BPM).
 */
public final class SoundKit {

    /** What a phase's movement sounds like. */
    public enum Family { RISE, FALL, PRESS, TURN }

    /** Which part of the foot a phase's tone stands for. */
    public enum Timbre { BIG_TOE, LESSER_TOES, ALL_TOES, FOOT }

    private static final SoundKit STANDARD = new SoundKit();

    private final Map<BeatMark.Accent, Snippet> clicks = new EnumMap<>(BeatMark.Accent.class);
    private final Map<Family, Map<Timbre, Snippet>> phases = new EnumMap<>(Family.class);
    private final Snippet holdStart;
    private final Snippet holdEnd;
    private final Snippet restStart;
    private final Snippet switchSide;
    private final Snippet routineEnd;
    private final Snippet countdown;

    private SoundKit() {
        clicks.put(BeatMark.Accent.REP, repClick());
        clicks.put(BeatMark.Accent.PHASE, phaseClick());
        clicks.put(BeatMark.Accent.COUNT, countClick());
        clicks.put(BeatMark.Accent.BEAT, beatClick());
        for (Family family : Family.values()) {
            Map<Timbre, Snippet> byTimbre = new EnumMap<>(Timbre.class);
            for (Timbre timbre : Timbre.values()) {
                byTimbre.put(timbre, phaseTone(family, timbre));
            }
            phases.put(family, byTimbre);
        }
        holdStart = makeHoldStart();
        holdEnd = makeHoldEnd();
        restStart = makeRestStart();
        switchSide = makeSwitchSide();
        routineEnd = makeRoutineEnd();
        countdown = makeCountdown();
    }

    /** The kit (immutable; made once). */
    public static SoundKit standard() {
        return STANDARD;
    }

    public Snippet click(BeatMark.Accent accent) {
        return clicks.get(accent);
    }

    /** The tone of a phase: its action's family, in the timbre of the moving part ({@code null}: the foot). */
    public Snippet phase(Action action, FootPart part) {
        return phases.get(family(action)).get(timbre(part));
    }

    public Snippet phase(Family family, Timbre timbre) {
        return phases.get(family).get(timbre);
    }

    public Snippet holdStart() {
        return holdStart;
    }

    public Snippet holdEnd() {
        return holdEnd;
    }

    public Snippet restStart() {
        return restStart;
    }

    public Snippet switchSide() {
        return switchSide;
    }

    public Snippet routineEnd() {
        return routineEnd;
    }

    public Snippet countdown() {
        return countdown;
    }

    public static Family family(Action action) {
        if (action == null) {
            return Family.PRESS;
        }
        return switch (action) {
            case LIFT, SPREAD, DOME, STRAIGHTEN, STRETCH, HOP -> Family.RISE;
            case LOWER, RELEASE -> Family.FALL;
            case PRESS, CURL, GRAB, HOLD, STEP -> Family.PRESS;
            case ROLL_OUT, ROLL_IN, TURN_TOWARD, TURN_AWAY, CENTER -> Family.TURN;
        };
    }

    public static Timbre timbre(FootPart part) {
        if (part == null) {
            return Timbre.FOOT;
        }
        return switch (part) {
            case BIG_TOE -> Timbre.BIG_TOE;
            case LESSER_TOES -> Timbre.LESSER_TOES;
            case ALL_TOES, TOE_SPREAD -> Timbre.ALL_TOES;
            case ARCH, HEEL, FOREFOOT, FOOT_EDGES, BALANCE, WALK -> Timbre.FOOT;
        };
    }

    // ------------------------------------------------------------------ beats

    private static Snippet repClick() {
        float[] s = Synth.buffer(110);
        Synth.partial(s, 0, 1250, 1.0, 28);
        Synth.partial(s, 0, 2720, 0.45, 11);
        Synth.partial(s, 0, 4150, 0.2, 5);
        Synth.noise(s, 0.35, 1.2, 11);
        return finish("click-rep", s, 0.62, 25);
    }

    private static Snippet phaseClick() {
        float[] s = Synth.buffer(90);
        Synth.partial(s, 0, 950, 1.0, 20);
        Synth.partial(s, 0, 2150, 0.3, 8);
        Synth.noise(s, 0.2, 1.0, 12);
        return finish("click-phase", s, 0.42, 20);
    }

    private static Snippet countClick() {
        float[] s = Synth.buffer(70);
        Synth.partial(s, 0, 2350, 1.0, 12);
        Synth.partial(s, 0, 3600, 0.45, 7);
        Synth.noise(s, 0.5, 1.5, 13);
        return finish("click-count", s, 0.42, 15);
    }

    private static Snippet beatClick() {
        float[] s = Synth.buffer(45);
        Synth.partial(s, 0, 1700, 1.0, 7);
        Synth.noise(s, 0.3, 0.8, 14);
        return finish("click-beat", s, 0.22, 10);
    }

    // ------------------------------------------------------------------ phases

    private static double baseFrequency(Timbre timbre) {
        return switch (timbre) {
            case BIG_TOE -> 523.25;      // C5
            case LESSER_TOES -> 783.99;  // G5
            case ALL_TOES -> 659.26;     // E5
            case FOOT -> 392.00;         // G4
        };
    }

    private static double[] harmonics(Timbre timbre) {
        return switch (timbre) {
            case BIG_TOE -> new double[] {1.0, 0.22, 0.05};                      // round, flute-like
            case LESSER_TOES -> new double[] {1.0, 0.0, 0.42, 0.0, 0.22, 0.0, 0.1}; // reedy, odd harmonics
            case ALL_TOES -> new double[] {1.0, 0.38, 0.25, 0.12};                // brighter, full
            case FOOT -> new double[] {1.0, 0.5, 0.12};                          // warm
        };
    }

    private static Snippet phaseTone(Family family, Timbre timbre) {
        double f = baseFrequency(timbre);
        double[] h = harmonics(timbre);
        float[] s = Synth.buffer(150);
        switch (family) {
            case RISE -> Synth.tone(s, 0, Synth.glide(f, f * 1.5, 90), h, 1, 0.45, 4, 48);
            case FALL -> Synth.tone(s, 0, Synth.glide(f * 1.5, f, 90), h, 1, 0.45, 4, 48);
            case PRESS -> Synth.tone(s, 0, Synth.glide(f * 0.75, f * 0.72, 60), h, 1, 0.6, 2, 32);
            case TURN -> Synth.tone(s, 0, t -> t < 0.055 ? f : f * 1.26, h, 1, 0.45, 4, 55);
        }
        return finish("phase-" + family.name().toLowerCase(Locale.ROOT) + "-"
                + timbre.name().toLowerCase(Locale.ROOT).replace('_', '-'), s, 0.28, 25);
    }

    // ------------------------------------------------------------------ events

    private static Snippet makeHoldStart() {
        float[] s = Synth.buffer(600);
        double[] h = {1.0, 0.15};
        Synth.tone(s, 0, Synth.steady(440.0), h, 1.0, 0.3, 18, 190);
        Synth.tone(s, 0, Synth.steady(659.26), h, 0.7, 0.3, 18, 170);
        return finish("hold-start", s, 0.3, 80);
    }

    private static Snippet makeHoldEnd() {
        float[] s = Synth.buffer(260);
        Synth.bell(s, 0, 1318.51, 1.0, 45);
        Synth.bell(s, 70, 987.77, 0.9, 55);
        return finish("hold-end", s, 0.3, 40);
    }

    private static Snippet makeRestStart() {
        float[] s = Synth.buffer(800);
        Synth.bell(s, 0, 783.99, 1.0, 150);
        Synth.bell(s, 130, 659.26, 0.9, 150);
        Synth.bell(s, 260, 523.25, 0.85, 170);
        return finish("rest-start", s, 0.3, 120);
    }

    private static Snippet makeSwitchSide() {
        float[] s = Synth.buffer(320);
        Synth.bell(s, 0, 880.0, 1.0, 70);
        Synth.bell(s, 120, 659.26, 1.0, 75);
        return finish("switch-side", s, 0.34, 50);
    }

    private static Snippet makeRoutineEnd() {
        float[] s = Synth.buffer(1400);
        double[] notes = {523.25, 659.26, 783.99, 1046.50};
        for (int i = 0; i < notes.length; i++) {
            Synth.bell(s, i * 110, notes[i], i == notes.length - 1 ? 1.0 : 0.8, i == notes.length - 1 ? 300 : 180);
        }
        return finish("routine-end", s, 0.34, 200);
    }

    private static Snippet makeCountdown() {
        float[] s = Synth.buffer(70);
        Synth.partial(s, 0, 1318.51, 1.0, 22);
        return finish("countdown", s, 0.2, 20);
    }

    private static Snippet finish(String name, float[] s, double peak, double fadeMillis) {
        Synth.fadeOut(s, fadeMillis);
        Synth.normalize(s, peak);
        return new Snippet(name, s);
    }
}
