package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every suggestion leads somewhere. "Got it" changed nothing and the same cards came back at every start;
 * the cards showed internal codes such as {@code R7:clinic-three}.
 */
class SetAsideTest {

    @TempDir
    Path home;

    private static Suggestion card(String id, Suggestion.Kind kind, String reason) {
        return new Suggestion(id, id.substring(0, 2), kind, "clinic-three", null, "A cramp last time (R7)", reason,
                List.of(), List.of(), false);
    }

    @Test
    void notNowHidesACardUntilTheNextSessionAndDismissHidesItForGoodButNeverAStop() {
        SetAside aside = new SetAside(home.resolve("set-aside-suggestions.json"));
        Suggestion cramp = card("R7:clinic-three", Suggestion.Kind.HOLD, "x");
        Suggestion level = card("P1:clinic-three:short-foot", Suggestion.Kind.PROGRESS, "x");
        Suggestion stop = card("R4:clinic-three", Suggestion.Kind.STOP, "x");
        Instant monday = Instant.parse("2026-12-07T08:00:00Z");
        Instant before = monday.minusSeconds(3600);

        assertThat(aside.snooze(cramp, monday)).isNull();
        assertThat(aside.dismiss(level)).isNull();
        assertThat(aside.dismiss(stop)).isNull();

        assertThat(aside.filter(List.of(cramp, level, stop), before)).containsExactly(stop);
        assertThat(aside.filter(List.of(cramp, level, stop), monday.plusSeconds(86_400))).containsExactly(cramp, stop);
        // Remembered on disk: a new start reads the same.
        assertThat(new SetAside(home.resolve("set-aside-suggestions.json")).filter(List.of(cramp, level), before)).isEmpty();
    }

    @Test
    void anUnreadableFileSetsNothingAside() throws Exception {
        Path file = Files.writeString(home.resolve("set-aside-suggestions.json"), "{ not json");
        Suggestion cramp = card("R7:clinic-three", Suggestion.Kind.HOLD, "x");

        assertThat(new SetAside(file).filter(List.of(cramp), null)).containsExactly(cramp);
    }

    @Test
    void theUserReadsNoRuleCodes() {
        Suggestion s = card("R7:clinic-three", Suggestion.Kind.HOLD, "You had a cramp in your last session. Rule R7: "
                + "when one comes, end the set. Progression was paused (rule R5). Easy in your last 3 sessions "
                + "(3 while you move to minimalist shoes, rule P12), with pain at 3/10. Before the hops level (rule P4): "
                + "hold the dome.");

        assertThat(s.userReason()).doesNotContainPattern("\\b[RP]\\d+\\b").doesNotContain("clinic-three")
                .contains("session. When one comes, end the set.").contains("was paused. Easy")
                .contains("(3 while you move to minimalist shoes)").contains("Before the hops level: hold");
        assertThat(s.userTitle()).isEqualTo("A cramp last time");
    }
}
