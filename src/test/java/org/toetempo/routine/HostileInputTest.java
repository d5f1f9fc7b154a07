package org.toetempo.routine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Files a user might hand the app by mistake, or an attacker on purpose: each gets one clear problem, never an exception. */
class HostileInputTest {

    private final RoutineReader reader = new RoutineReader(Fixtures.LIBRARY);

    private List<Problem> problems(byte[] bytes) {
        LoadResult result = reader.read("bad.json", bytes);
        assertThat(result.ok()).isFalse();
        return result.problems();
    }

    @Test
    void everyTruncationOfARealRoutineIsReportedNeverThrown() throws IOException {
        byte[] full = Files.readAllBytes(Path.of("routines/musical-toes.json"));
        for (int cut = 0; cut < full.length - 2; cut++) {
            byte[] truncated = Arrays.copyOf(full, cut);
            assertThatCode(() -> {
                LoadResult result = reader.read("cut.json", truncated);
                assertThat(result.ok()).isFalse();
                assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            }).as("cut at byte %d", cut).doesNotThrowAnyException();
        }
    }

    @Test
    void truncationSaysWhereTheFileEnds() {
        String json = Fixtures.MINIMAL.substring(0, Fixtures.MINIMAL.indexOf("\"blocks\""));

        Problem problem = problems(json.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(problem.message()).startsWith("JSON syntax error: Unexpected end-of-input");
        assertThat(problem.line()).isEqualTo(13);
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() {
        byte[] huge = new byte[JsonTreeParser.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThat(problems(huge)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the file is 1.0 MiB; a routine file may be at most 1 MiB");
            assertThat(p.path()).isEqualTo("$");
        });
    }

    @Test
    void oversizedFileOnDiskIsNotEvenReadIn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (var channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            channel.position(3L * 1024 * 1024 * 1024);
            channel.write(ByteBuffer.wrap(new byte[] {'}'}));
        }

        LoadResult result = RoutineLibrary.readFile(reader, file);

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the file is 3072.0 MiB; a routine file may be at most 1 MiB"));
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deep = "{\"format\": 1, \"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        Problem problem = problems(deep.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(problem.message()).isEqualTo("the JSON is nested more than 32 levels deep; a routine never needs that");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void binaryFileIsCalledBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertThat(problems(png)).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("this looks like a binary file, not JSON text"));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            assertThatCode(() -> reader.read("noise.json", noise)).doesNotThrowAnyException();
        }
    }

    @Test
    void latin1TextIsNotUtf8AndSaysWhere() {
        byte[] latin1 = "{\n  \"name\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        Problem problem = problems(latin1).get(0);

        assertThat(problem.toString()).isEqualTo(
                "bad.json:2:15: $: the file is not UTF-8 text (byte 0xE9 at byte offset 16); save it as UTF-8");
    }

    @Test
    void emptyAndNonObjectFilesAreExplained() {
        assertThat(problems(new byte[0]).get(0).message()).startsWith("the file is empty");
        assertThat(problems("   \n ".getBytes(StandardCharsets.UTF_8)).get(0).message()).startsWith("the file holds no JSON");
        assertThat(problems("[1, 2]".getBytes(StandardCharsets.UTF_8)).get(0).message())
                .isEqualTo("a routine file must be an object { ... }, not a list");
        assertThat(problems("{} {}".getBytes(StandardCharsets.UTF_8)).get(0).message())
                .isEqualTo("unexpected text after the end of the JSON object");
    }

    @Test
    void absurdNumbersAreRefusedNotComputed() {
        String json = Fixtures.MINIMAL.replace("\"reps\": 8", "\"reps\": 1e999999999");

        assertThat(problems(json.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("reps must be a whole number from 1 to 500, not 1E+999999999"));
        String longNumber = Fixtures.MINIMAL.replace("\"reps\": 8", "\"reps\": " + "9".repeat(5000));
        assertThat(problems(longNumber.getBytes(StandardCharsets.UTF_8)).get(0).message()).startsWith("a value is too long");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] body = Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(reader.read("bom.json", withBom).problems()).isEmpty();
    }
}
