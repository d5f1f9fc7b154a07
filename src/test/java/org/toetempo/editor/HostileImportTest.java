package org.toetempo.editor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineWriter;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.editor.EditorFixtures.builtIn;

/**
 * Imports are untrusted: every hostile file is refused with a clear message, and when anything is refused nothing
 * at all is written (the data folder is compared file by file before and after).
 */
class HostileImportTest {

    @TempDir
    Path home;
    @TempDir
    Path downloads;

    private UserRoutines routines;
    private String good;

    @BeforeEach
    void setUp() throws IOException {
        routines = EditorFixtures.userRoutines(home);
        Files.createDirectories(routines.folder());
        Routine mine = RoutineBuilder.from(builtIn("toe-fan-routine")).id("shared-toes").name("Shared Toes").build();
        good = RoutineWriter.standalone().write(mine);
    }

    private List<String> everything() throws IOException {
        try (Stream<Path> walk = Files.walk(home)) {
            return walk.map(p -> home.relativize(p) + (Files.isSymbolicLink(p) ? " -> link" : "")).sorted().toList();
        }
    }

    private Path file(String name, String content) throws IOException {
        Path path = downloads.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    /** Checks and tries every decision; all must be refused and leave the folder as it was. */
    private ImportCheck refusedEverywhere(Path source) throws IOException {
        List<String> before = everything();
        ImportCheck check = routines.checkImport(source);
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).isNotEmpty();
        for (ImportDecision decision : List.of(ImportDecision.asIs(), ImportDecision.replace(), ImportDecision.rename("fresh-id"))) {
            SaveResult result = routines.importRoutine(check, decision);
            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).isEqualTo(check.problems());
        }
        assertThat(everything()).isEqualTo(before);
        return check;
    }

    @Test
    void aGoodFileImportsUnderItsIdWhateverItsFileIsCalled() throws IOException {
        Path source = file("Totally Different Name (1).json", good.replace("./schema/routine.schema.json", "../../../../etc/passwd"));

        ImportCheck check = routines.checkImport(source);
        SaveResult result = routines.importRoutine(check, ImportDecision.asIs());

        assertThat(check.clash()).isEqualTo(ImportCheck.Clash.NONE);
        assertThat(result.file()).isEqualTo(routines.folder().resolve("shared-toes.json"));
        assertThat(Files.readString(result.file())).contains("\"$schema\": \"./schema/routine.schema.json\"")
                .doesNotContain("passwd").doesNotContain("\"exercises\"");
        assertThat(routines.library().find("shared-toes")).isPresent();
        assertThat(everything()).containsExactly("", "routines", "routines/shared-toes.json");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = downloads.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024 * 1024); // sparse: reading it would take ages and 5 GiB
        }
        long start = System.nanoTime();

        ImportCheck check = refusedEverywhere(huge);

        assertThat(check.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("the file is 5120.0 MiB; a routine file may be at most 1 MiB"));
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void justOverOneMebibyteIsRefused() throws IOException {
        String padded = good.replace("\"summary\": \"", "\"summary\": \"" + " ".repeat(1024 * 1024));

        ImportCheck check = refusedEverywhere(file("padded.json", padded));

        assertThat(check.problems().get(0).message()).endsWith("a routine file may be at most 1 MiB");
    }

    @Test
    void anotherFormatVersionIsRefused() throws IOException {
        ImportCheck check = refusedEverywhere(file("future.json", good.replace("\"format\": 1", "\"format\": 2")));

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.format");
            assertThat(p.message()).isEqualTo("this file is format 2; this version of Toe Tempo reads format 1 (a newer Toe Tempo wrote it?)");
        });
    }

    @Test
    void invalidJsonIsRefusedWithWhereItBroke() throws IOException {
        ImportCheck check = refusedEverywhere(file("broken.json", good.substring(0, good.length() / 2)));

        assertThat(check.problems()).singleElement().satisfies(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void binaryAndNonJsonFilesAreRefused() throws IOException {
        Path binary = downloads.resolve("photo.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        refusedEverywhere(binary);
        refusedEverywhere(file("array.json", "[1, 2, 3]"));
        refusedEverywhere(file("deep.json", "[".repeat(5000) + "]".repeat(5000)));
        refusedEverywhere(downloads);
        refusedEverywhere(downloads.resolve("not-there.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "../../routines/evil", "/etc/passwd", "C:\\\\Windows\\\\evil", "routines/../x", "x/y",
            "ｆｕｌｌｗｉｄｔｈ", "caf\u00e9", "evil\u202Etxt.json", "dot.json", "UPPER", "", "two words", "a--b", "-x", "x\\u0000y"})
    void idsThatCouldEscapeOrConfuseAreRefused(String id) throws IOException {
        String text = good.replace("\"id\": \"shared-toes\"", "\"id\": \"" + id.replace("\"", "\\\"") + "\"");
        assertThat(text).isNotEqualTo(good);

        ImportCheck check = refusedEverywhere(file("trick.json", text));

        assertThat(check.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.id"));
    }

    @Test
    void anIdThatWindowsReservesIsRefused() throws IOException {
        ImportCheck check = refusedEverywhere(file("con.json", good.replace("\"id\": \"shared-toes\"", "\"id\": \"con\"")));

        assertThat(check.problems().get(0).message()).isEqualTo("'con' cannot be a file name on Windows; choose another id");
    }

    @Test
    void renamingToAnUnsafeOrTakenIdIsRefused() throws IOException {
        ImportCheck check = routines.checkImport(file("ok.json", good));
        List<String> before = everything();

        for (String id : new String[] {"../escape", "/abs", "Shared", "musical-toes", "nul"}) {
            assertThat(routines.importRoutine(check, ImportDecision.rename(id)).ok()).as(id).isFalse();
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aSymlinkedTargetIsNeverWrittenThrough() throws IOException {
        Path outside = downloads.resolve("outside.txt");
        Files.writeString(outside, "precious");
        Files.createSymbolicLink(routines.folder().resolve("shared-toes.json"), outside);
        List<String> before = everything();

        ImportCheck check = routines.checkImport(file("shared.json", good));

        assertThat(check.ok()).isTrue();
        assertThat(check.clash()).isEqualTo(ImportCheck.Clash.USER_ROUTINE);
        SaveResult replace = routines.importRoutine(check, ImportDecision.replace());
        assertThat(replace.ok()).isFalse();
        assertThat(replace.problems().get(0).message()).contains("is a symbolic link; Toe Tempo will not write through it");
        assertThat(routines.importRoutine(check, ImportDecision.asIs()).ok()).isFalse();
        assertThat(everything()).isEqualTo(before);
        assertThat(Files.readString(outside)).isEqualTo("precious");

        SaveResult renamed = routines.importRoutine(check, ImportDecision.rename(check.freeId()));
        assertThat(renamed.file()).isEqualTo(routines.folder().resolve("shared-toes-2.json"));
        assertThat(Files.readString(outside)).isEqualTo("precious");
    }

    @Test
    void aBuiltInIdCanOnlyBeRenamed() throws IOException {
        Path source = file("mt.json", RoutineWriter.standalone().write(builtIn("musical-toes")));
        ImportCheck check = routines.checkImport(source);
        List<String> before = everything();

        assertThat(check.clash()).isEqualTo(ImportCheck.Clash.BUILT_IN);
        assertThat(check.canReplace()).isFalse();
        assertThat(check.question()).contains("built-in routine Musical Toes", "'musical-toes-2'");
        assertThat(routines.importRoutine(check, ImportDecision.replace()).problems().get(0).message())
                .startsWith("the id 'musical-toes' belongs to the built-in routine Musical Toes, which cannot be replaced");
        assertThat(routines.importRoutine(check, ImportDecision.asIs()).ok()).isFalse();
        assertThat(everything()).isEqualTo(before);

        assertThat(routines.importRoutine(check, ImportDecision.rename("musical-toes-2")).ok()).isTrue();
    }

    @Test
    void aClashWithTheUsersOwnRoutineMayReplaceIt() throws IOException {
        Path source = file("shared.json", good);
        assertThat(routines.importRoutine(routines.checkImport(source), ImportDecision.asIs()).ok()).isTrue();
        Path changed = file("shared-v2.json", good.replace("\"name\": \"Shared Toes\"", "\"name\": \"Shared Toes v2\""));

        ImportCheck check = routines.checkImport(changed);

        assertThat(check.clash()).isEqualTo(ImportCheck.Clash.USER_ROUTINE);
        assertThat(check.freeId()).isEqualTo("shared-toes-2");
        assertThat(check.question()).contains("You already have a routine with the id 'shared-toes'");
        assertThat(routines.importRoutine(check, ImportDecision.asIs()).ok()).isFalse();
        assertThat(routines.importRoutine(check, ImportDecision.replace()).ok()).isTrue();
        assertThat(routines.library().find("shared-toes").orElseThrow().name()).isEqualTo("Shared Toes v2");
        assertThat(everything()).containsExactly("", "routines", "routines/shared-toes.json");
    }

    @Test
    void aHandNamedUserFileIsReplacedNotDuplicated() throws IOException {
        Files.writeString(routines.folder().resolve("My Export.json"), good);
        ImportCheck check = routines.checkImport(file("again.json", good.replace("Shared Toes\"", "Shared Toes 2\"")));

        assertThat(routines.importRoutine(check, ImportDecision.replace()).ok()).isTrue();

        assertThat(everything()).containsExactly("", "routines", "routines/shared-toes.json");
        assertThat(routines.library().entries()).allMatch(e -> e.ok());
    }

    @Test
    void theImportedBytesAreNeverCopied() throws IOException {
        String withExtras = good.replace("{\n  \"$schema\"", "{\n  \"$schema\"").replace("\n", "\r\n");
        ImportCheck check = routines.checkImport(file("crlf.json", withExtras));

        SaveResult result = routines.importRoutine(check, ImportDecision.asIs());

        byte[] written = Files.readAllBytes(result.file());
        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("\r");
        assertThat(written).isEqualTo(RoutineWriter.forLibrary(EditorFixtures.LIBRARY).bytes(check.routine()));
    }
}
