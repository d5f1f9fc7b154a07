package org.toetempo.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of loading one routine file: the routine, or every problem that stopped it.
 *
 * @param source  where it came from, as shown to the user (a path or "built-in")
 * @param routine  the routine, or {@code null} when there are problems
 * @param language the language it was read in and how much of it had a translation
 */
public record LoadResult(String source, Routine routine, List<Problem> problems, Language language) {

    /**
     * The language a routine was read in.
     *
     * @param asked        the language asked for ("de")
     * @param own          the file's own language ("en")
     * @param translated   texts shown in the language asked for
     * @param untranslated texts shown in the file's own language because it has no translation for them
     */
    public record Language(String asked, String own, int translated, int untranslated) {
        static final Language OWN = new Language(Translations.DEFAULT_LANGUAGE, Translations.DEFAULT_LANGUAGE, 0, 0);

        /** True when some of what the user sees is not in the language they asked for. */
        public boolean fallsBack() {
            return !asked.equals(own) && untranslated > 0;
        }
    }

    public LoadResult(String source, Routine routine, List<Problem> problems) {
        this(source, routine, problems, Language.OWN);
    }

    static LoadResult loaded(String source, Routine routine) {
        return new LoadResult(source, routine, List.of());
    }

    static LoadResult failed(String source, List<Problem> problems) {
        return new LoadResult(source, null, List.copyOf(problems));
    }

    LoadResult withLanguage(Language read) {
        return new LoadResult(source, routine, problems, read);
    }

    public boolean ok() {
        return routine != null;
    }

    /** A copy reporting one more problem (e.g. an id clash found once all files are read). */
    LoadResult withProblem(Problem problem) {
        List<Problem> more = new ArrayList<>(problems);
        more.add(problem);
        return new LoadResult(source, null, List.copyOf(more), language);
    }
}
