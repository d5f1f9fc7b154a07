package org.toetempo.audio;

import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.Schedule;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Routines and independent expectations for the audio tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final RoutineLibrary BUILT_IN = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);

    static Routine routine(String id, String language) {
        return RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn(language)), null).find(id).orElseThrow();
    }

    static Routine routine(String id) {
        return BUILT_IN.find(id).orElseThrow();
    }

    /**
     * A routine that keeps the metronome busy for well over ten minutes at any tempo, with everything that
     * sounds: both feet and each foot, switches, holds in seconds, rests, big toe, lesser toes and all toes.
     */
    static Routine busy() {
        String json = """
                {"format": 1, "id": "busy", "name": "Busy", "summary": "Everything that sounds.", "purpose": "Testing.",
                 "audience": ["runner"], "duration": {"minutes": 16, "tolerance_minutes": 10},
                 "frequency": {"times": 1, "per": "day"}, "equipment": [], "safety": ["Stop if it hurts."],
                 "tempo": {"bpm": 100, "min_bpm": 40, "max_bpm": 160},
                 "blocks": [
                   {"name": "Each foot", "rest_after_s": 6, "steps": [
                     {"exercise": "single-big-toe-raise", "side": "right-then-left", "sets": 2, "reps": 12,
                      "rest_between_sets_s": 4},
                     {"exercise": "toe-yoga", "side": "alternating", "sets": 2, "reps": 10},
                     {"exercise": "single-lesser-toes-raise", "side": "left", "sets": 2, "reps": 6,
                      "rest_between_sets_s": 3.5,
                      "phases": [{"action": "lift", "beats": 1, "cue": "up"},
                                 {"action": "hold", "seconds": 2.3, "cue": "hold"},
                                 {"action": "lower", "beats": 2, "cue": "down"}]},
                     {"exercise": "toe-fan", "side": "both", "reps": 10, "rest_after_s": 5}]},
                   {"name": "Round and round", "repeat": {"seconds": 900}, "steps": [
                     {"exercise": "double-big-toe-raise", "side": "both", "reps": 16},
                     {"exercise": "heel-raise", "side": "right", "reps": 6,
                      "phases": [{"action": "lift", "beats": 1, "cue": "up"},
                                 {"action": "hold", "seconds": 3, "cue": "hold"},
                                 {"action": "lower", "beats": 1, "cue": "down"}]},
                     {"exercise": "toe-curl", "side": "left", "reps": 8}]}]}
                """;
        LoadResult result = new RoutineReader(ExerciseLibrary.builtIn()).read("busy.json", json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new AssertionError(result.problems().toString());
        }
        return result.routine();
    }

    /** A sink keeping everything (for short renders). */
    static final class Capture implements OfflineRender.Sink {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(byte[] pcm, int frames, long firstFrame) {
            bytes.write(pcm, 0, frames * Pcm.FRAME_BYTES);
        }

        byte[] pcm() {
            return bytes.toByteArray();
        }
    }

    /** Fans one window out to several sinks. */
    static OfflineRender.Sink both(OfflineRender.Sink... sinks) {
        return (pcm, frames, first) -> {
            for (OfflineRender.Sink s : sinks) {
                s.write(pcm, frames, first);
            }
        };
    }

    /** Whether a cue has a synthesized sound of its own in clicks mode (countdowns from 3). */
    static boolean sounds(Cue cue) {
        return switch (cue.type()) {
            case PHASE, HOLD_START, REST_START, SWITCH_SIDE, ROUTINE_END -> true;
            case COUNTDOWN -> cue.value() <= 3;
            default -> false;
        };
    }

    /** A stretch of play: schedule times {@code [from, to)} of {@code schedule}, heard from clock time {@code clockAtFrom}. */
    record Piece(Schedule schedule, long from, long to, long clockAtFrom) {
    }

    /**
     * Where onsets must be in a clicks render of a whole schedule played from clock time {@code startClock}: at
     * every beat, and at every cue with a sound (and the end of every hold), each at
     * {@code round(clock * 48000 / 1e9)}; only those below {@code endFrame}.
     */
    static TreeSet<Long> expectedClickOnsets(Schedule schedule, long startClock, long endFrame) {
        return expectedClickOnsets(List.of(new Piece(schedule, 0, Long.MAX_VALUE, startClock)), endFrame);
    }

    /**
     * The same for play in pieces (pauses, tempo changes), worked out from the schedules alone. A sound that starts
     * while an earlier one still rings (a countdown pip 0.3 s into a hold's tone) cannot be seen as an onset and is
     * left out; beats never are (asserted).
     */
    static TreeSet<Long> expectedClickOnsets(List<Piece> pieces, long endFrame) {
        TreeMap<Long, Long> ends = new TreeMap<>();   // onset frame -> frame its sounds end
        TreeSet<Long> beats = new TreeSet<>();
        SoundKit kit = SoundKit.standard();
        boolean hold = false;
        for (Piece piece : pieces) {
            for (var b : piece.schedule().beats()) {
                if (b.nanos() >= piece.from() && b.nanos() < piece.to()) {
                    long f = frame(piece.clockAtFrom() + b.nanos() - piece.from());
                    beats.add(f);
                    ends.merge(f, f + kit.click(b.accent()).length(), Math::max);
                }
            }
            for (Cue cue : piece.schedule().cues()) {
                if (cue.nanos() < piece.from() || cue.nanos() >= piece.to()) {
                    continue;
                }
                long f = frame(piece.clockAtFrom() + cue.nanos() - piece.from());
                if (hold && (cue.type() == CueType.PHASE || cue.type() == CueType.REP_COMPLETE)) {
                    ends.merge(f, f + kit.holdEnd().length(), Math::max);
                }
                if (sounds(cue)) {
                    Snippet sound = switch (cue.type()) {
                        case PHASE -> kit.phase(SoundKit.Family.RISE, SoundKit.Timbre.FOOT); // all phase tones are as long
                        case HOLD_START -> kit.holdStart();
                        case REST_START -> kit.restStart();
                        case SWITCH_SIDE -> kit.switchSide();
                        case ROUTINE_END -> kit.routineEnd();
                        default -> kit.countdown();
                    };
                    ends.merge(f, f + sound.length(), Math::max);
                }
                if (cue.type() == CueType.HOLD_START) {
                    hold = true;
                } else if (cue.type() == CueType.PHASE || cue.type() == CueType.REP_COMPLETE) {
                    hold = false;
                }
            }
        }
        TreeSet<Long> frames = new TreeSet<>();
        long ringing = Long.MIN_VALUE;
        for (var e : ends.entrySet()) {
            if (e.getKey() >= ringing + Pcm.SAMPLE_RATE / 500) {
                frames.add(e.getKey());
            } else if (beats.contains(e.getKey())) {
                throw new AssertionError("a beat at frame " + e.getKey() + " starts while another sound rings");
            }
            ringing = Math.max(ringing, e.getValue());
        }
        return new TreeSet<>(frames.headSet(endFrame));
    }

    /** {@code round(nanos * 48000 / 1e9)}, halves up, computed here in decimal, independently of {@link Pcm}. */
    static long frame(long nanos) {
        return BigDecimal.valueOf(nanos).multiply(BigDecimal.valueOf(48000))
                .divide(BigDecimal.valueOf(1_000_000_000L), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Asserts the onsets found are exactly the expected frames; on failure, says which differ and by how much. */
    static void assertOnsets(List<Long> found, SortedSet<Long> expected) {
        TreeSet<Long> actual = new TreeSet<>(found);
        TreeSet<Long> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<Long> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (missing.isEmpty() && extra.isEmpty() && found.size() == expected.size()) {
            return;
        }
        StringBuilder s = new StringBuilder("onsets differ: " + found.size() + " found, " + expected.size()
                + " expected; " + missing.size() + " missing, " + extra.size() + " unexpected\n");
        missing.stream().limit(10).forEach(f -> s.append("  missing at ").append(f).append(" (")
                .append(f / 48000.0).append(" s), nearest found ").append(nearest(actual, f)).append('\n'));
        extra.stream().limit(10).forEach(f -> s.append("  unexpected at ").append(f).append(" (")
                .append(f / 48000.0).append(" s), nearest expected ").append(nearest(new TreeSet<>(expected), f)).append('\n'));
        throw new AssertionError(s.toString());
    }

    private static String nearest(TreeSet<Long> set, long f) {
        Long lo = set.floor(f);
        Long hi = set.ceiling(f);
        return (lo == null ? "-" : lo + " (" + (lo - f) + ")") + " / " + (hi == null ? "-" : hi + " (+" + (hi - f) + ")");
    }

    /**
     * For live play, where each command (play, pause, resume) re-anchors the sound to the frame being played:
     * the onsets found must be, piece by piece, exactly the expected ones (0 samples apart from each other) shifted
     * by one constant per piece of at most {@code maxShift} frames. Returns the shifts.
     */
    static List<Long> assertOnsetsPerPiece(List<Long> found, List<TreeSet<Long>> pieces,
                                                     long maxShift) {
        List<Long> shifts = new ArrayList<>();
        int at = 0;
        for (TreeSet<Long> piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            if (at >= found.size()) {
                throw new AssertionError("no onsets found for the piece from frame " + piece.first());
            }
            long shift = found.get(at) - piece.first();
            if (Math.abs(shift) > maxShift) {
                throw new AssertionError("piece from frame " + piece.first() + " heard " + shift + " frames off");
            }
            TreeSet<Long> shifted = new TreeSet<>();
            piece.forEach(f -> shifted.add(f + shift));
            int end = Math.min(found.size(), at + piece.size());
            assertOnsets(found.subList(at, end), shifted);
            at = end;
            shifts.add(shift);
        }
        if (at != found.size()) {
            throw new AssertionError((found.size() - at) + " onsets more than expected, from frame " + found.get(at));
        }
        return shifts;
    }
}
