package org.toetempo.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of loading one routine file: the routine, or every problem that stopped it.
 *
 * @param source  where it came from, as shown to the user (a path or "built-in")
 * @param routine the routine, or {@code null} when there are problems
 */
public record LoadResult(String source, Routine routine, List<Problem> problems) {

    static LoadResult loaded(String source, Routine routine) {
        return new LoadResult(source, routine, List.of());
    }

    static LoadResult failed(String source, List<Problem> problems) {
        return new LoadResult(source, null, List.copyOf(problems));
    }

    public boolean ok() {
        return routine != null;
    }

    /** A copy reporting one more problem (e.g. an id clash found once all files are read). */
    LoadResult withProblem(Problem problem) {
        List<Problem> more = new ArrayList<>(problems);
        more.add(problem);
        return new LoadResult(source, null, List.copyOf(more));
    }
}
