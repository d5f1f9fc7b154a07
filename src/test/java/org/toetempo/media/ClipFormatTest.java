package org.toetempo.media;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Clip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.RoutineWriter;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClipFormatTest {

    private static LoadResult read(String json) {
        return new RoutineReader(ExerciseLibrary.builtIn()).read("press.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** 1-based line and column of the only occurrence of {@code needle}. */
    private static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(text.indexOf(needle, at + 1)).as("'%s' once", needle).isNegative();
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - text.lastIndexOf('\n', at - 1);
        return new int[] {line, column};
    }

    @Test
    void aClipIsWrittenAndReadBackTheSame() throws Exception {
        Routine routine = read(ClipTimingTest.ROUTINE).routine();
        String written = RoutineWriter.standalone().write(routine);
        Routine again = read(written).routine();
        assertThat(again.exercise("toe-press").clip()).isEqualTo(new Clip(ClipTimingTest.CLIP, 1.0, 3.0));
        assertThat(again.exercise("toe-press").level("filmed").orElseThrow().clip())
                .isEqualTo(new Clip(ClipTimingTest.LEVEL_CLIP, 0.5, 1.5));
        assertThat(written).contains("\"rep_in\": 1,", "\"rep_out\": 3\n");
    }

    @Test
    void aBadClipIsReportedAtItsFieldWithLineAndColumn() {
        String path = ClipTimingTest.ROUTINE.replace("\"file\": \"" + ClipTimingTest.CLIP + "\"", "\"file\": \"../clip.mp4\"");
        Problem p = single(read(path).problems());
        int[] at = position(path, "\"../clip.mp4\"");
        assertThat(p.toString()).isEqualTo("press.json:" + at[0] + ":" + at[1] + ": $.exercises.toe-press.clip.file: "
                + "file must be a stored clip's name: the video's SHA-256 as 64 lower-case hex digits and .mp4 or .m4v"
                + " (attach the video in the editor), not '../clip.mp4'");

        String backwards = ClipTimingTest.ROUTINE.replace("\"rep_in\": 1.0, \"rep_out\": 3.0", "\"rep_in\": 1.0, \"rep_out\": 1.1");
        p = single(read(backwards).problems());
        at = position(backwards, "1.1 }");
        assertThat(p.line()).isEqualTo(at[0]);
        assertThat(p.column()).isEqualTo(at[1]);
        assertThat(p.path()).isEqualTo("$.exercises.toe-press.clip.rep_out");
        assertThat(p.message()).isEqualTo("rep_out must be at least 0.2 seconds after rep_in (1), not 1.1");

        String typo = ClipTimingTest.ROUTINE.replace("\"rep_in\": 0.5", "\"rep_start\": 0.5");
        List<Problem> problems = read(typo).problems();
        assertThat(problems).extracting(Problem::path).contains("$.exercises.toe-press.levels[1].clip.rep_start");
        assertThat(problems).extracting(Problem::message).contains("missing required field 'rep_in' (must be a number from 0 to 600 seconds)");
    }

    private static Problem single(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
