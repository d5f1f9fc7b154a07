package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.AppPaths;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** --lang, the TOETEMPO_LANG variable and the system's language choose what the commands read and say. */
class LanguageOptionTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String variable, Locale system, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AppPaths(home), variable,
                system);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void langReadsTheRoutineInThatLanguage() {
        Outcome german = run(null, Locale.UK, "schedule", "musical-toes", "--lang", "de");
        Outcome english = run(null, Locale.UK, "schedule", "musical-toes");

        assertThat(german.code()).isZero();
        assertThat(german.out()).contains("routine-start \"Musikalische Zehen\"", "lift \"hoch\"", "lower \"runter\"");
        assertThat(english.out()).contains("routine-start \"Musical Toes\"", "lift \"up\"");
    }

    @Test
    void theOptionBeatsTheVariableWhichBeatsTheSystem() {
        assertThat(run("de", Locale.UK, "schedule", "musical-toes", "--lang=en").out()).contains("\"Musical Toes\"");
        assertThat(run("de", Locale.UK, "schedule", "musical-toes").out()).contains("\"Musikalische Zehen\"");
        assertThat(run(null, Locale.GERMANY, "schedule", "musical-toes").out()).contains("\"Musikalische Zehen\"");
        assertThat(run("xx", Locale.JAPAN, "schedule", "musical-toes").out()).contains("\"Musical Toes\"");
    }

    @Test
    void anUnknownLanguageIsBadInputWithOneLine() {
        Outcome outcome = run(null, Locale.UK, "list", "--lang", "klingon");

        assertThat(outcome.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(outcome.err().strip()).isEqualTo("toetempo: --lang must be one of en, de, not \"klingon\"");
    }

    @Test
    void theCommandsSpeakGermanWithLangDe() throws Exception {
        Outcome list = run(null, Locale.UK, "list", "--lang", "de");
        Outcome unknown = run(null, Locale.UK, "schedule", "no-such-routine", "--lang", "de");
        Outcome schedule = run(null, Locale.UK, "schedule", "musical-toes", "--lang", "de");
        Outcome stage = run(null, Locale.UK, "schedule", "foot-core-12-week", "--stage", "x", "--lang", "de");

        assertThat(list.out()).contains("Ordner für eigene Übungsfolgen:", "mitgeliefert", " Min.");
        assertThat(unknown.err()).startsWith("toetempo: keine Übungsfolge „no-such-routine“. Bekannte Übungsfolgen: ");
        assertThat(schedule.out()).contains("\"Satz 1 von 1\"", "\"Gut gemacht: „Musikalische Zehen“ ist geschafft.\"");
        assertThat(stage.err()).contains("hat keine Stufe „x“");
        assertThat(run(null, Locale.UK, "list").out()).contains("User routines folder:", "built-in");
    }

    @Test
    void theHistoryExportHasGermanColumnTitlesAndTheSameValues() throws Exception {
        Path csv = elsewhere.resolve("sessions.csv");
        Outcome german = run(null, Locale.UK, "history", "export", "--csv", csv.toString(), "--no-bom", "--lang", "de");

        assertThat(german.out()).contains("0 Einheiten nach", "exportiert");
        assertThat(Files.readAllLines(csv).get(0)).startsWith("Sitzungs-ID,Datum,Beginn,Ende,Zeitzone,");
        run(null, Locale.UK, "history", "export", "--csv", csv.toString(), "--no-bom");
        assertThat(Files.readAllLines(csv).get(0)).startsWith("session_id,date,start_time,end_time,time_zone,");
    }
}
