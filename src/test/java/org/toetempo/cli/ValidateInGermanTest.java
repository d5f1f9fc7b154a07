package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.AppPaths;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate --lang de} says what is wrong in German, at the same file, line, column and path as in English. */
class ValidateInGermanTest {

    @TempDir
    Path home;

    @TempDir
    Path folder;

    private List<String> problems(String file, String... lang) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[lang.length + 2];
        args[0] = "validate";
        args[1] = file;
        System.arraycopy(lang, 0, args, 2, lang.length);
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AppPaths(home), null,
                Locale.UK);
        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        return err.toString().lines().toList();
    }

    @Test
    void aBrokenFileIsReportedInGermanLineByLine() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"x\", \"nmae\": \"y\", \"audience\": [\"runer\"]}\n");

        List<String> german = problems(file.toString(), "--lang", "de");
        List<String> english = problems(file.toString());

        assertThat(german).contains(file + ":1:26: $.nmae: unbekanntes Feld 'nmae' (meinten Sie 'name'?)");
        assertThat(english).contains(file + ":1:26: $.nmae: unknown field 'nmae' (did you mean 'name'?)");
        assertThat(german).anySatisfy(line -> assertThat(line).startsWith(file + ":1:1: $: Pflichtfelder fehlen: ")
                .contains("'name'"));
        assertThat(german).anySatisfy(line -> assertThat(line).startsWith(file + ":1:52: $.audience[0]: audience muss einer der Werte ")
                .endsWith("; nicht 'runer' (meinten Sie 'runner'?)"));
        // the same problems in the same places, one line each
        assertThat(german).hasSameSizeAs(english);
        for (int i = 0; i < german.size(); i++) {
            String where = english.get(i).substring(0, english.get(i).indexOf(": ", file.toString().length()));
            assertThat(german.get(i)).startsWith(where);
        }
    }
}
