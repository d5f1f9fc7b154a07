package org.toetempo.cli;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.editor.GentleSeatedCopy;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedLength;
import org.toetempo.timing.Schedule;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a length shown is the length the schedule plays, for every built-in routine and for a copy edited down
 * (whose file still stated the original's 12.5 minutes), in {@code list} and in the file the editor saves.
 */
class ShownLengthTest {

    private static final Pattern LINE = Pattern.compile("^(\\S+) .* (\\d+):(\\d\\d) min  .*$");

    @TempDir
    Path home;

    @Test
    void listShowsWhatEachRoutineAndAnEditedCopyPlayWithinFiveSeconds() throws IOException {
        Routine copy = GentleSeatedCopy.saved(home);
        RoutineLibrary library = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), new AppPaths(home).routines());

        Map<String, Double> shown = listed();

        assertThat(shown).containsKey(copy.id()).hasSize(library.entries().size());
        for (RoutineLibrary.Entry entry : library.entries()) {
            Routine r = entry.routine();
            double plays = Schedule.compile(r, PlayOptions.defaults()).totalNanos() / 1e9;
            assertThat(shown.get(r.id())).as(r.id()).isCloseTo(plays, Offset.offset(5.0));
        }
        // The copy plays about six minutes; the original's stated 12.5 minutes must not survive anywhere.
        assertThat(shown.get(copy.id())).isLessThan(7 * 60);
    }

    @Test
    void savingRewritesTheStatedEstimateFromWhatTheCopyPlays() throws IOException {
        Routine copy = GentleSeatedCopy.saved(home);
        String file = Files.readString(new AppPaths(home).routines().resolve(copy.id() + ".json"));

        double plays = PlayedLength.seconds(copy) / 60;
        assertThat(copy.duration().minutes()).isCloseTo(plays, Offset.offset(0.25));
        assertThat(file).doesNotContain("12.5");
        assertThat(PlayedLength.about(PlayedLength.seconds(copy))).isEqualTo("About " + Math.round(plays) + " min");
    }

    private Map<String, Double> listed() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"list"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                new AppPaths(home));
        assertThat(code).isZero();
        Map<String, Double> shown = new HashMap<>();
        for (String line : out.toString().lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                shown.put(m.group(1), Integer.parseInt(m.group(2)) * 60.0 + Integer.parseInt(m.group(3)));
            }
        }
        return shown;
    }
}
