package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.ImportCheck;
import org.toetempo.editor.ImportDecision;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Import (from Import… or a drop) as the library uses it: untrusted files checked, clashes asked about. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SharingTest {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();
    static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(LIBRARY), null).find("musical-toes").orElseThrow();

    @TempDir
    Path home;
    @TempDir
    Path outside;

    private final Sharing sharing = new Sharing(Messages.of(Language.ENGLISH));
    private UserRoutines routines;
    private Stage stage;
    private final List<String> reports = new ArrayList<>();
    private final List<ImportCheck> asked = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // An owner window of our own: the primary stage is shared with other test classes.
        stage = new Stage();
        routines = new UserRoutines(new AppPaths(home), LIBRARY);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
    }

    private List<String> importing(Path file, Optional<ImportDecision> answer) {
        return sharing.importFiles(routines, List.of(file), check -> {
            asked.add(check);
            return answer;
        }, (f, why) -> reports.add(f.getFileName() + ": " + why));
    }

    private Path exported(String id) throws Exception {
        EditableRoutine editor = routines.duplicate(MUSICAL_TOES);
        editor.execute(Edits.setId(id));
        Path file = outside.resolve(id + ".json");
        UserRoutines.export(editor.valid().orElseThrow(), file);
        return file;
    }

    @Test
    void aSharedRoutineImportsUnderItsOwnIdWithoutAQuestion() throws Exception {
        Path file = exported("annas-toes");
        assertThat(importing(file, Optional.empty())).containsExactly("annas-toes");
        assertThat(asked).isEmpty();
        assertThat(routines.library().find("annas-toes")).isPresent();
    }

    @Test
    void aClashWithYourOwnRoutineAsksAndCanRenameOrReplace() throws Exception {
        Path file = exported("annas-toes");
        importing(file, Optional.empty());

        assertThat(importing(file, Optional.of(new ImportDecision.Rename("annas-toes-2")))).containsExactly("annas-toes-2");
        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c.clash()).isEqualTo(ImportCheck.Clash.USER_ROUTINE);
            assertThat(c.canReplace()).isTrue();
        });
        assertThat(importing(file, Optional.of(new ImportDecision.Replace()))).containsExactly("annas-toes");
        assertThat(importing(file, Optional.empty())).isEmpty();
        assertThat(reports).isEmpty();
    }

    @Test
    void aBuiltInsIdCanOnlyBeRenamed() throws Exception {
        Path file = outside.resolve("musical-toes.json");
        UserRoutines.export(MUSICAL_TOES, file);
        assertThat(importing(file, Optional.of(new ImportDecision.Replace()))).isEmpty();
        assertThat(asked).singleElement().satisfies(c -> assertThat(c.canReplace()).isFalse());
        assertThat(reports).singleElement().asString().contains("belongs to the built-in routine Musical Toes");
        assertThat(routines.folder().resolve("musical-toes.json")).doesNotExist();
    }

    @Test
    void hostileFilesAreRefusedWithAReasonAndNothingWritten() throws Exception {
        Path big = outside.resolve("big.json");
        Files.write(big, new byte[2 * 1024 * 1024]);
        Path future = outside.resolve("future.json");
        Files.writeString(future, Files.readString(exported("future")).replace("\"format\": 1", "\"format\": 2"));
        Path broken = outside.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": 1,\n  \"id\": \"../../evil\"\n}\n");

        List<String> imported = sharing.importFiles(routines, List.of(big, future, broken), c -> Optional.empty(),
                (f, why) -> reports.add(f.getFileName() + ": " + why));

        assertThat(imported).isEmpty();
        assertThat(reports).hasSize(3);
        assertThat(reports.get(0)).startsWith("big.json: ").contains("at most 1 MiB");
        assertThat(reports.get(1)).startsWith("future.json: ").contains("format 2");
        assertThat(reports.get(2)).startsWith("broken.json: line 1, column 1 · missing required fields 'name'")
                .contains("\nline 3, column 9 · $.id: id must be lower-case");
        assertThat(routines.folder()).doesNotExist();
    }

    @Test
    void theClashQuestionIsARealDialog(FxRobot robot) throws Exception {
        Path file = exported("annas-toes");
        importing(file, Optional.empty());
        ImportCheck check = routines.checkImport(file);

        AtomicReference<Optional<ImportDecision>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(sharing.askAboutClash(stage, check)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-clash-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#import-clash-dialog").queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup("Import as a copy").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);

        assertThat(answer.get()).contains(new ImportDecision.Rename("annas-toes-2"));
    }

    @Test
    void theGermanAppWritesTheCalendarInGerman() throws Exception {
        Path target = outside.resolve("toes.ics");
        new Sharing(Messages.of(Language.GERMAN)).writeCalendar(MUSICAL_TOES, PlayOptions.defaults(), target,
                LocalDate.of(2026, 12, 8), Instant.parse("2026-12-07T00:00:00Z"));
        String ics = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(ics).contains("DESCRIPTION:Zeit für").doesNotContain("Open Toe Tempo");
    }
}
