package org.toetempo.progress;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to suggest before the next session, from the catalogue's progression (P) and regression/stop (R)
 * rules. A value: nothing changes until the user accepts it ({@link ProgressPlan#accept}).
 *
 * @param id          stable for the same rule and target, e.g. {@code P1:arch-doming:short-foot}
 * @param rule        the rule that fired: {@code P1}, {@code R3}, ...
 * @param exercise    the exercise it is about, or {@code null} for the whole routine
 * @param title       a short headline, e.g. "Short foot: hold 10 s"
 * @param reason      why, in plain English, naming the rule
 * @param safety      safety notes to show with it (may be empty)
 * @param changes     what accepting changes; empty for advice only (e.g. "keep the same dose this week")
 * @param showSafetyScreen show the global safety screen again (pain of 6 or more, or a warning sign)
 */
public record Suggestion(
        String id,
        String rule,
        Kind kind,
        String routineId,
        String exercise,
        String title,
        String reason,
        List<String> safety,
        List<Change> changes,
        boolean showSafetyScreen) {

    /** What sort of suggestion: the screen orders and colours them by this. */
    public enum Kind {
        /** Stop: warning signs; see a clinician. */
        STOP,
        /** Do less or go down a level. */
        REGRESS,
        /** Keep things as they are (advice, or what a gate still needs). */
        HOLD,
        /** Do more, go up a level or a stage. */
        PROGRESS
    }

    public Suggestion {
        safety = List.copyOf(safety);
        changes = List.copyOf(changes);
    }

    /** The reason as the user reads it: the coach's rule codes ("Rule R7: ", "(rule P4)") left out. */
    public String userReason() {
        return plain(reason);
    }

    /** The title as the user reads it, without rule codes. */
    public String userTitle() {
        return plain(title);
    }

    /** A text without the rule codes (R1–R7, P1–P12) that name the catalogue's rules for developers and tests. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replaceAll("\\s*\\((?:[Rr]ules?) [RP]\\d+(?:(?:,| and) [RP]\\d+)*\\)", "")
                .replaceAll(",? (?:[Rr]ules?) [RP]\\d+(?:(?:,| and) [RP]\\d+)*\\)", ")")
                .replaceAll("\\s*\\([RP]\\d+(?:, [RP]\\d+)*\\)", "");
        Matcher m = Pattern.compile("[Rr]ules? [RP]\\d+(?:(?:,| and) [RP]\\d+)*: (\\p{L})").matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase(Locale.ROOT));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Advice only: accepting changes nothing. */
    public boolean adviceOnly() {
        return changes.isEmpty();
    }
}
