package org.toetempo.audio;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Side;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthesized kit, the voice bank and the frame arithmetic. */
class SoundsTest {

    private static final SoundKit KIT = SoundKit.standard();

    private static List<Snippet> everySound() {
        List<Snippet> all = new ArrayList<>();
        for (BeatMark.Accent accent : BeatMark.Accent.values()) {
            all.add(KIT.click(accent));
        }
        for (SoundKit.Family family : SoundKit.Family.values()) {
            for (SoundKit.Timbre timbre : SoundKit.Timbre.values()) {
                all.add(KIT.phase(family, timbre));
            }
        }
        all.addAll(List.of(KIT.holdStart(), KIT.holdEnd(), KIT.restStart(), KIT.switchSide(), KIT.routineEnd(),
                KIT.countdown()));
        return all;
    }

    @Test
    void everySoundStartsAtSampleZeroAndEndsInSilence() {
        for (Snippet sound : everySound()) {
            assertThat(Math.abs(sound.sample(0))).as("%s starts at once", sound).isGreaterThan(0.05f);
            assertThat(sound.sample(sound.length() - 1)).as("%s ends at 0", sound).isEqualTo(0f);
            assertThat(sound.peak()).as("%s is not too loud", sound).isBetween(0.15f, 0.65f);
        }
    }

    @Test
    void beatSoundsAreShortEnoughNeverToRunIntoTheNextBeat() {
        double beatAt160 = 60.0 / 160;
        for (BeatMark.Accent accent : BeatMark.Accent.values()) {
            assertThat(KIT.click(accent).seconds()).isLessThanOrEqualTo(0.11);
        }
        for (SoundKit.Family family : SoundKit.Family.values()) {
            for (SoundKit.Timbre timbre : SoundKit.Timbre.values()) {
                assertThat(KIT.phase(family, timbre).seconds()).isLessThan(beatAt160);
            }
        }
        assertThat(KIT.switchSide().seconds()).isLessThan(beatAt160);   // it sounds on the lead-in's first beat
        assertThat(KIT.holdStart().seconds()).isLessThan(1);            // before the hold's first countdown
        assertThat(KIT.restStart().seconds()).isLessThan(1);
    }

    @Test
    void accentsGetQuieterFromRepToPlainBeat() {
        assertThat(KIT.click(BeatMark.Accent.REP).peak()).isGreaterThan(KIT.click(BeatMark.Accent.PHASE).peak());
        assertThat(KIT.click(BeatMark.Accent.PHASE).peak()).isGreaterThan(KIT.click(BeatMark.Accent.BEAT).peak());
        assertThat(KIT.click(BeatMark.Accent.COUNT).peak()).isGreaterThan(KIT.click(BeatMark.Accent.BEAT).peak());
    }

    @Test
    void everySoundIsDistinct() {
        List<Snippet> all = everySound();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).samples()).as("%s vs %s", all.get(i), all.get(j)).isNotEqualTo(all.get(j).samples());
            }
        }
    }

    @Test
    void risingAndFallingPhasesGoUpAndDownAndBigToeIsLowerThanLesserToes() {
        Snippet lift = KIT.phase(Action.LIFT, FootPart.BIG_TOE);
        Snippet lower = KIT.phase(Action.LOWER, FootPart.BIG_TOE);
        assertThat(zeroCrossings(lift, 0.10, 0.14)).isGreaterThan(zeroCrossings(lift, 0.0, 0.04));
        assertThat(zeroCrossings(lower, 0.10, 0.14)).isLessThan(zeroCrossings(lower, 0.0, 0.04));
        assertThat(zeroCrossings(KIT.phase(Action.LIFT, FootPart.LESSER_TOES), 0.0, 0.04))
                .isGreaterThan(zeroCrossings(lift, 0.0, 0.04));
        assertThat(SoundKit.family(Action.SPREAD)).isEqualTo(SoundKit.Family.RISE);
        assertThat(SoundKit.family(Action.RELEASE)).isEqualTo(SoundKit.Family.FALL);
        assertThat(SoundKit.timbre(null)).isEqualTo(SoundKit.Timbre.FOOT);
        for (Action action : Action.values()) {
            for (FootPart part : FootPart.values()) {
                assertThat(KIT.phase(action, part)).isNotNull();
            }
        }
    }

    private static int zeroCrossings(Snippet s, double from, double to) {
        int count = 0;
        for (int i = (int) (from * Pcm.SAMPLE_RATE) + 1; i < to * Pcm.SAMPLE_RATE; i++) {
            if ((s.sample(i - 1) < 0) != (s.sample(i) < 0)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void framesAreRoundedClockTimesExactlyAndTheWindowsTileTime() {
        assertThat(Pcm.frameOf(0)).isZero();
        assertThat(Pcm.frameOf(10_416)).isZero();            // 0.49997 frame
        assertThat(Pcm.frameOf(10_417)).isEqualTo(1);        // 0.50002 frame
        assertThat(Pcm.frameOf(1_000_000_000L)).isEqualTo(48_000);
        assertThat(Pcm.frameOf(3_600_000_000_000L * 24)).isEqualTo(48_000L * 3600 * 24);
        assertThat(Pcm.frameOf(-10_417)).isEqualTo(-1);
        for (long f : new long[] {-48_001, -1, 0, 1, 2, 47_999, 48_000, 48_001, 123_456_789, 4_147_200_000L}) {
            long start = Pcm.startOfFrame(f);
            assertThat(Pcm.frameOf(start)).as("frame %d starts at %d ns", f, start).isEqualTo(f);
            assertThat(Pcm.frameOf(start - 1)).isEqualTo(f - 1);
            assertThat(Pcm.frameOf(Pcm.nanosOf(f))).isEqualTo(f);
            assertThat(Pcm.nanosOf(f)).isBetween(start, Pcm.startOfFrame(f + 1) - 1);
            if (f >= 0) {
                assertThat(Pcm.frameOf(start)).isEqualTo(Fixtures.frame(start));
            }
        }
    }

    @Test
    void theLimiterLeavesOrdinaryLevelsAloneAndNeverClips() {
        byte[] out = new byte[10];
        Pcm.toPcm16(new float[] {0f, 0.5f, -0.9f, 3f, -3f}, 5, out, 0);
        assertThat(Onsets.sample(out, 0)).isZero();
        assertThat(Onsets.sample(out, 1)).isEqualTo(16384);
        assertThat(Onsets.sample(out, 2)).isEqualTo(-29490);
        assertThat(Onsets.sample(out, 3)).isBetween(32000, 32767);
        assertThat(Onsets.sample(out, 4)).isBetween(-32767, -32000);
    }

    @Test
    void germanLettersAreSpeltOutInSlugsAsTheGeneratorScriptDoes() {
        assertThat(VoiceBank.slug("Wechsel zum linken Fuß")).isEqualTo("wechsel-zum-linken-fuss");
        assertThat(VoiceBank.slug("Füße drücken, Öl, Äpfel")).isEqualTo("fuesse-druecken-oel-aepfel");
    }

    @Test
    void everyGermanCueWordExerciseNameAndPhraseHasAClipStartingOnItsWord() {
        VoiceBank voices = VoiceBank.builtIn("de");
        List<String> missing = new ArrayList<>();
        List<String> words = new ArrayList<>(VoicePhrases.GERMAN.all());
        for (var entry : RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn("de")), null).entries()) {
            var routine = entry.routine();
            routine.exercises().values().forEach(e -> words.add(e.name()));
            for (Cue c : Schedule.compile(routine, PlayOptions.defaults()).cues()) {
                if (c.type() == CueType.PHASE) {
                    words.add(c.text());
                }
            }
        }
        for (String word : words) {
            voices.clip(word).ifPresentOrElse(clip -> {
                assertThat(Math.abs(clip.sample(0))).as(word).isGreaterThanOrEqualTo(VoiceBank.ONSET_THRESHOLD);
                assertThat(clip.seconds()).as(word).isBetween(0.1, 3.0);
            }, () -> missing.add(word));
        }
        assertThat(missing).as("German words without a clip (run audio/generate-voice.sh de)").isEmpty();
        assertThat(voices.language()).isEqualTo("de");
    }

    @Test
    void slugsMatchTheGeneratorScript() {
        assertThat(VoiceBank.slug("Switch to the left foot")).isEqualTo("switch-to-the-left-foot");
        assertThat(VoiceBank.slug("Short Foot (Arch Doming)")).isEqualTo("short-foot-arch-doming");
        assertThat(VoiceBank.slug("  Marble Pick-Up! ")).isEqualTo("marble-pick-up");
        assertThat(VoiceBank.slug("—")).isEmpty();
        assertThat(VoiceBank.numberWord(3)).isEqualTo("three");
        assertThat(VoiceBank.numberWord(11)).isNull();
    }

    private static Cue cue(CueType type, String exercise, Side side, Action phase, String text, int value) {
        return new Cue(0, 0, type, 0, exercise, exercise, null, null, side, 1, 1, 1, 10, phase, text, value);
    }

    @Test
    void theVoiceBankFindsTheWordsOfCuesAndSkipsMissingOnes() {
        VoiceBank voices = VoiceBank.builtIn();
        assertThat(voices.clipFor(cue(CueType.PHASE, "x", Side.LEFT, Action.LIFT, "up", 1)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:up"));
        assertThat(voices.clipFor(cue(CueType.COUNT_IN, null, null, null, "3", 3)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:three"));
        assertThat(voices.clipFor(cue(CueType.COUNTDOWN, null, null, null, "10", 10)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:ten"));
        assertThat(voices.clipFor(cue(CueType.COUNTDOWN, null, null, null, "12", 12))).isEmpty();
        assertThat(voices.clipFor(cue(CueType.SWITCH_SIDE, "x", Side.LEFT, null, "Switch", 0)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:switch-to-the-left-foot"));
        assertThat(voices.clipFor(cue(CueType.REST_START, null, null, null, "Rest 30 s", 30)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:rest"));
        assertThat(voices.clipFor(cue(CueType.ROUTINE_END, null, null, null, "Well done: x", 0)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:well-done"));
        assertThat(voices.clipFor(new Cue(0, 0, CueType.EXERCISE_START, 0, "single-big-toe-raise",
                "Single Big Toe Raise", null, null, Side.RIGHT, 1, 1, 0, 10, null, "x", 0)))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("voice:single-big-toe-raise+right-foot"));
        assertThat(voices.clipFor(cue(CueType.PHASE, "x", Side.LEFT, Action.LIFT, "wiggle", 1))).isEmpty();
        assertThat(voices.clipFor(cue(CueType.REP_COMPLETE, "x", Side.LEFT, null, "1 of 10", 1))).isEmpty();
        assertThat(VoiceBank.none().clipFor(cue(CueType.PHASE, "x", Side.LEFT, Action.LIFT, "up", 1))).isEmpty();
    }

    @Test
    void everyClipStartsWithItsWordAtSampleZero() {
        VoiceBank voices = VoiceBank.builtIn();
        for (String word : List.of("one", "ten", "up", "down", "hold", "rest", "well done", "get ready", "both feet",
                "switch to the right foot", "Toe Yoga", "big toes", "little toes", "toes up")) {
            Snippet clip = voices.clip(word).orElseThrow(() -> new AssertionError("no clip for " + word));
            assertThat(Math.abs(clip.sample(0))).as(word).isGreaterThanOrEqualTo(VoiceBank.ONSET_THRESHOLD);
            assertThat(clip.seconds()).as(word).isBetween(0.1, 2.0);
        }
    }

    @Test
    void everyCueWordAndExerciseNameOfTheBuiltInRoutinesHasAClip() {
        VoiceBank voices = VoiceBank.builtIn();
        List<String> missing = new ArrayList<>();
        for (var entry : Fixtures.BUILT_IN.entries()) {
            var routine = entry.routine();
            for (var exercise : routine.exercises().values()) {
                if (voices.clip(exercise.name()).isEmpty()) {
                    missing.add(exercise.name());
                }
            }
            var schedule = Schedule.compile(routine, PlayOptions.defaults());
            for (Cue c : schedule.cues()) {
                if ((c.type() == CueType.PHASE || c.type() == CueType.HOLD_START) && voices.clipFor(c).isEmpty()) {
                    missing.add(c.text());
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
