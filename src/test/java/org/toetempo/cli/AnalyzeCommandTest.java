package org.toetempo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze FILE... [--json]}: the line format, many files in one call, and exit 2 for bad files. */
class AnalyzeCommandTest {

    private static final Pattern LINE = Pattern.compile(
            "(.+)  bpm=(\\d+\\.\\d{2})  first_beat=(\\d+\\.\\d{3})  confidence=(\\d\\.\\d{2})  seconds=(\\d+\\.\\d{2})");

    @TempDir
    static Path dir;
    private static Path clicks120;
    private static Path clicks90;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void songs() throws IOException {
        clicks120 = writeClicks(dir.resolve("clicks-120.wav"), 120, 0.25);
        clicks90 = writeClicks(dir.resolve("clicks-90.wav"), 90, 0.5);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new AnalyzeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneLinePerFileInTheDocumentedFormat() {
        Run run = run(clicks120.toString(), clicks90.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        var first = LINE.matcher(lines[0]);
        var second = LINE.matcher(lines[1]);
        assertThat(first.matches()).as(lines[0]).isTrue();
        assertThat(second.matches()).as(lines[1]).isTrue();
        assertThat(first.group(1)).isEqualTo(clicks120.toString());
        assertThat(Double.parseDouble(first.group(2))).isBetween(119.5, 120.5);
        assertThat(Double.parseDouble(first.group(3)) % 0.5).isBetween(0.22, 0.28);
        assertThat(Double.parseDouble(first.group(4))).isGreaterThan(0.8);
        assertThat(Double.parseDouble(second.group(2))).isBetween(89.6, 90.4);
    }

    @Test
    void badFilesAreReportedAfterTheOthersWithExit2() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "not a song");
        Path missing = dir.resolve("missing.mp3");

        Run run = run(missing.toString(), clicks120.toString(), text.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out().split("\n")).hasSize(1).allMatch(l -> LINE.matcher(l).matches());
        assertThat(run.err()).contains("toetempo: " + missing + ": no such file")
                .contains("toetempo: " + text + ": unsupported: not an audio file")
                .contains("2 files could not be analysed.");
    }

    @Test
    void audioWithNoBeatSaysSo() throws IOException {
        Path mp3 = dir.resolve("one-click.mp3");
        try (InputStream in = AnalyzeCommandTest.class.getResourceAsStream("/org/toetempo/song/click-at-1s-lame-cbr.mp3")) {
            Files.write(mp3, in.readAllBytes());
        }
        Run run = run(mp3.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches(Pattern.quote(mp3.toString()) + "  no beat found  confidence=0\\.\\d\\d  seconds=\\d+\\.\\d\\d\\n");
    }

    @Test
    void jsonHasOneObjectPerFileErrorsIncluded() throws IOException {
        Run run = run("--json", clicks90.toString(), dir.resolve("missing.wav").toString());

        assertThat(run.exit()).isEqualTo(2);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).get("file").asText()).isEqualTo(clicks90.toString());
        assertThat(array.get(0).get("beat_found").asBoolean()).isTrue();
        assertThat(array.get(0).get("bpm").asDouble()).isBetween(89.6, 90.4);
        assertThat(array.get(0).get("first_beat_s").asDouble()).isBetween(0.47, 0.53);  // the first click
        assertThat(array.get(0).get("duration_s").asDouble()).isEqualTo(20.0);
        assertThat(array.get(1).get("error").asText()).isEqualTo("no such file");
        assertThat(run.err()).contains("missing.wav: no such file");
    }

    @Test
    void helpDescribesTheLine() {
        Run run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("FILE  bpm=128.02  first_beat=0.512  confidence=0.91  seconds=0.08");
    }

    /** A 20-second 16-bit WAV of 4 ms clicks. */
    private static Path writeClicks(Path file, double bpm, double first) throws IOException {
        int rate = 44100;
        int n = 20 * rate;
        ByteBuffer data = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        float[] x = new float[n];
        for (double t = first; t < 20; t += 60 / bpm) {
            int at = (int) Math.round(t * rate);
            for (int i = 0; i < 176 && at + i < n; i++) {
                x[at + i] = (float) (0.8 * Math.sin(2 * Math.PI * 2000 * i / rate) * Math.exp(-i / 44.1));
            }
        }
        for (float v : x) {
            data.putShort((short) Math.round(v * 32767));
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(data.array()), format, n), AudioFileFormat.Type.WAVE,
                file.toFile());
        return file;
    }
}
