package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.editor.EditorFixtures.LIBRARY;
import static org.toetempo.editor.EditorFixtures.builtIn;

class TemplatesTest {

    /**
     * Issue 15: the editor lets a copy's id follow its name until the first save only while the id is the one the
     * name gives. "Arch Doming (Short Foot) (copy)" was given arch-doming-copy, so renaming it kept that id.
     */
    @Test
    void everyBuiltInsCopyHasTheIdItsNameGivesSoTheIdFollowsARename() {
        for (RoutineLibrary.Entry entry : EditorFixtures.BUILT_IN.entries()) {
            Routine copy = Templates.duplicate(entry.routine(), id -> false);
            assertThat(copy.id()).as(entry.routine().id()).isEqualTo(Templates.idFor(copy.name(), id -> false));
        }
        Routine arch = Templates.duplicate(builtIn("arch-doming"), id -> false);
        assertThat(arch.id()).isEqualTo("arch-doming-short-foot-copy");
    }

    @Test
    void theBlankRoutineIsValidAndPlays() {
        EditableRoutine editor = new EditableRoutine(Templates.blank(LIBRARY, id -> false), LIBRARY, null, DraftStore.newKey(), false);

        assertThat(editor.validation().lines()).isEmpty();
        assertThat(editor.routine().id()).isEqualTo("my-routine");
        assertThat(editor.summary().orElseThrow().repsRight()).isEqualTo(10);
        assertThat(editor.dirty()).as("never saved").isTrue();
    }

    @Test
    void aDuplicateGetsTheFirstFreeCopyId() {
        Routine original = builtIn("musical-toes");

        assertThat(Templates.duplicate(original, id -> false).id()).isEqualTo("musical-toes-copy");
        assertThat(Templates.duplicate(original, Set.of("musical-toes-copy")::contains).id()).isEqualTo("musical-toes-copy-2");
        assertThat(Templates.duplicate(original, Set.of("musical-toes-copy", "musical-toes-copy-2")::contains).id())
                .isEqualTo("musical-toes-copy-3");
        Routine copy = Templates.duplicate(original, id -> false);
        assertThat(copy.name()).isEqualTo("Musical Toes (copy)");
        assertThat(copy.blocks()).isEqualTo(original.blocks());
        assertThat(copy.exercises()).isEqualTo(original.exercises());
    }

    @Test
    void freeIdsStayValidAndShort() {
        String longId = "a".repeat(60) + "-b";
        String id = Templates.freeId(longId + "-copy", s -> s.length() < 64);
        assertThat(id).hasSizeLessThanOrEqualTo(64).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(Templates.freeId("con", s -> false)).as("a Windows device name is skipped").isEqualTo("con-2");
        assertThat(Templates.freeId("../evil", s -> false)).isEqualTo("routine");
    }

    @Test
    void aNameGivesAnIdOfItsWords() {
        assertThat(Templates.idFor("Musical Toes (copy)", id -> false)).isEqualTo("musical-toes-copy");
        assertThat(Templates.idFor("Anna’s Füße – morning", id -> false)).isEqualTo("annas-fusse-morning");
        assertThat(Templates.idFor("My routine", Set.of("my-routine")::contains)).isEqualTo("my-routine-2");
        assertThat(Templates.idFor("!!!", id -> false)).isEqualTo("routine");
        assertThat(Templates.idFor("x ".repeat(50), id -> false)).hasSizeLessThanOrEqualTo(64).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
