package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.Routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.editor.EditorFixtures.builtIn;

/** The autosave draft survives a "crash" (a new UserRoutines over the same folder) and is offered back. */
class DraftStoreTest {

    @TempDir
    Path home;

    private static List<String> names(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anUnsavedEditSurvivesACrashEvenWhenInvalid() throws IOException {
        UserRoutines before = EditorFixtures.userRoutines(home);
        EditableRoutine editor = before.duplicate(builtIn("musical-toes"));
        editor.execute(StepEdits.setStepReps(0, 0, 7));
        editor.execute(Edits.setName(""));
        assertThat(editor.validation().ok()).isFalse();

        assertThat(before.drafts().autosave(editor)).isTrue();
        assertThat(before.drafts().autosave(editor)).as("nothing new to write").isFalse();
        assertThat(names(before.drafts().folder())).containsExactly(editor.draftKey() + ".json");
        assertThat(before.library().entries()).as("drafts are not routines").allMatch(e -> e.ok());

        // The app dies here. At the next start:
        UserRoutines after = EditorFixtures.userRoutines(home);
        List<DraftStore.Draft> drafts = after.drafts().pending();
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo(editor.draftKey());
            assertThat(d.file()).isNull();
            assertThat(d.routine()).isEqualTo(editor.routine());
        });
        EditableRoutine restored = after.restore(drafts.get(0));
        assertThat(restored.routine()).isEqualTo(editor.routine());
        assertThat(restored.dirty()).isTrue();
        assertThat(restored.validation().at("$.name")).containsExactly("name must not be empty");

        restored.execute(Edits.setName("Musical Toes for Ann"));
        assertThat(after.save(restored).ok()).isTrue();
        assertThat(after.drafts().pending()).as("saving deletes the draft").isEmpty();
        assertThat(names(after.drafts().folder())).isEmpty();
    }

    @Test
    void aDraftOfASavedRoutineRemembersItsFile() throws IOException {
        UserRoutines routines = EditorFixtures.userRoutines(home);
        EditableRoutine editor = routines.blank();
        routines.save(editor);
        editor.execute(StepEdits.setStepReps(0, 0, 4));
        routines.drafts().autosave(editor);

        DraftStore.Draft draft = EditorFixtures.userRoutines(home).drafts().pending().get(0);
        EditableRoutine restored = routines.restore(draft);

        assertThat(draft.file()).isEqualTo(routines.folder().resolve("my-routine.json"));
        assertThat(restored.file()).isEqualTo(draft.file());
        restored.execute(Edits.setId("renamed"));
        assertThat(routines.save(restored).ok()).isTrue();
        assertThat(names(routines.folder())).containsExactly("drafts", "renamed.json");
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheDraft() throws IOException {
        UserRoutines routines = EditorFixtures.userRoutines(home);
        EditableRoutine editor = routines.blank();
        routines.save(editor);
        editor.execute(StepEdits.setStepSets(0, 0, 3));
        routines.drafts().autosave(editor);
        assertThat(routines.drafts().pending()).hasSize(1);

        editor.undo();
        routines.drafts().autosave(editor);

        assertThat(routines.drafts().pending()).isEmpty();
    }

    @Test
    void discardingTheChangesDeletesTheDraft() throws IOException {
        UserRoutines routines = EditorFixtures.userRoutines(home);
        EditableRoutine editor = routines.blank();
        routines.drafts().autosave(editor);
        assertThat(routines.drafts().pending()).hasSize(1);

        routines.drafts().discard(editor);

        assertThat(routines.drafts().pending()).isEmpty();
    }

    @Test
    void damagedOrForeignFilesInTheDraftsFolderAreIgnoredAndKept() throws IOException {
        UserRoutines routines = EditorFixtures.userRoutines(home);
        Files.createDirectories(routines.drafts().folder());
        Files.writeString(routines.drafts().folder().resolve("draft-broken.json"), "{ not json");
        Files.writeString(routines.drafts().folder().resolve("Odd Name.json"), "{}");
        Files.writeString(routines.drafts().folder().resolve("draft-other.json"), "{\"toetempoDraft\": 99}");
        EditableRoutine editor = routines.duplicate(builtIn("arch-doming"));
        editor.execute(StepEdits.setStepSets(0, 0, 2));
        routines.drafts().autosave(editor);

        List<DraftStore.Draft> drafts = routines.drafts().pending();

        assertThat(drafts).extracting(DraftStore.Draft::key).containsExactly(editor.draftKey());
        assertThat(names(routines.drafts().folder())).hasSize(4);
    }

    @Test
    void draftsComeNewestFirst() throws IOException {
        UserRoutines routines = EditorFixtures.userRoutines(home);
        Routine routine = builtIn("arch-doming");
        routines.drafts().write("draft-old", null, routine, Instant.parse("2024-01-01T10:00:00Z"));
        routines.drafts().write("draft-new", null, routine, Instant.parse("2024-06-01T10:00:00Z"));

        assertThat(routines.drafts().pending()).extracting(DraftStore.Draft::key).containsExactly("draft-new", "draft-old");
    }
}
