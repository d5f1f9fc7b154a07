package org.toetempo.progress;

import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

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
 * @param titleWords  a short headline, e.g. "Short foot: hold 10 s"
 * @param reasonWords why, in plain words, naming the rule (in English; the rule codes are for developers)
 * @param safetyWords safety notes to show with it (may be empty)
 * @param changes     what accepting changes; empty for advice only (e.g. "keep the same dose this week")
 * @param showSafetyScreen show the global safety screen again (pain of 6 or more, or a warning sign)
 */
public record Suggestion(
        String id,
        String rule,
        Kind kind,
        String routineId,
        String exercise,
        Phrase titleWords,
        Phrase reasonWords,
        List<Phrase> safetyWords,
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

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    public Suggestion {
        safetyWords = List.copyOf(safetyWords);
        changes = List.copyOf(changes);
    }

    /** A suggestion whose texts are written out already, taken as they are in any language. */
    public Suggestion(String id, String rule, Kind kind, String routineId, String exercise, String title, String reason,
                      List<String> safety, List<Change> changes, boolean showSafetyScreen) {
        this(id, rule, kind, routineId, exercise, Phrase.literal(title), Phrase.literal(reason),
                safety.stream().map(Phrase::literal).toList(), changes, showSafetyScreen);
    }

    /** The headline in English, with the rule codes. */
    public String title() {
        return titleWords.english();
    }

    /** The reason in English, with the rule codes. */
    public String reason() {
        return reasonWords.english();
    }

    /** The safety notes in English. */
    public List<String> safety() {
        return safety(ENGLISH);
    }

    /** The safety notes in the language of {@code words}. */
    public List<String> safety(Messages words) {
        return safetyWords.stream().map(p -> p.in(words)).toList();
    }

    /** The reason as the user reads it: the coach's rule codes ("Rule R7: ", "(rule P4)") left out. */
    public String userReason() {
        return userReason(ENGLISH);
    }

    /** The reason as the user reads it, in the language of {@code words}. */
    public String userReason(Messages words) {
        return plain(reasonWords.in(words));
    }

    /** The title as the user reads it, without rule codes. */
    public String userTitle() {
        return userTitle(ENGLISH);
    }

    /** The title as the user reads it, in the language of {@code words}. */
    public String userTitle(Messages words) {
        return plain(titleWords.in(words));
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
