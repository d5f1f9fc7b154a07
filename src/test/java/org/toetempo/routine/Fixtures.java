package org.toetempo.routine;

import java.nio.charset.StandardCharsets;

/** Small routine documents for tests, and a way to find where a piece of text stands in them. */
final class Fixtures {

    private Fixtures() {
    }

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();

    /** A minimal valid routine; tests replace parts of it to break it in one precise way. */
    static final String MINIMAL = """
            {
              "format": 1,
              "id": "big-toe-basics",
              "name": "Big Toe Basics",
              "summary": "Big-toe lifts, right then left.",
              "purpose": "Teach the big toe to move on its own.",
              "audience": ["runner"],
              "duration": { "minutes": 2, "tolerance_minutes": 1 },
              "frequency": { "times": 3, "per": "week" },
              "equipment": [],
              "safety": ["Stop if you feel sharp pain."],
              "tempo": { "bpm": 60, "min_bpm": 40, "max_bpm": 100 },
              "blocks": [
                {
                  "name": "Main",
                  "steps": [
                    {
                      "exercise": "single-big-toe-raise",
                      "level": "seated",
                      "side": "right-then-left",
                      "sets": 2,
                      "reps": 8,
                      "phases": [
                        { "action": "lift", "beats": 1, "cue": "up" },
                        { "action": "lower", "beats": 1, "cue": "down" }
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    static LoadResult read(String json) {
        return new RoutineReader(LIBRARY).read("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The 1-based line and column where {@code needle} starts in {@code text} (it must occur exactly once). */
    static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0 || text.indexOf(needle, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + needle + "' must occur exactly once");
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
