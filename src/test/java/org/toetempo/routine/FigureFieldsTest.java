package org.toetempo.routine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise fields the foot figure reads: posture (also per level) and start_toes. */
class FigureFieldsTest {

    private static final String LIBRARY = """
            {"format": 1, "exercises": {"x": {"name": "X", "start": "Sit.", "instructions": ["Do."], "cues": ["Go"],
              "figure": "big-toe", "posture": "POSTURE", "start_toes": "up",
              "phases": [{"action": "press", "beats": 1}],
              "levels": [{"id": "a", "name": "A", "how": "H", "posture": "one-leg"}, {"id": "b", "name": "B", "how": "H"}]}}}
            """;

    private static Map<String, Exercise> read(String json, List<Problem> problems) {
        return RoutineReader.readLibrary("lib.json", json.getBytes(StandardCharsets.UTF_8), "en", problems);
    }

    @Test
    void postureAndStartToesAreReadAndALevelMayChangeThePosture() {
        List<Problem> problems = new ArrayList<>();
        Exercise x = read(LIBRARY.replace("POSTURE", "seated"), problems).get("x");
        assertThat(problems).isEmpty();
        assertThat(x.posture()).isEqualTo(Posture.SEATED);
        assertThat(x.startToes()).isEqualTo(StartToes.UP);
        assertThat(x.postureAt("a")).isEqualTo(Posture.ONE_LEG);
        assertThat(x.postureAt("b")).isEqualTo(Posture.SEATED);
    }

    @Test
    void anUnknownPostureIsOneLineWithItsPlace() {
        List<Problem> problems = new ArrayList<>();
        read(LIBRARY.replace("POSTURE", "sitting"), problems);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("lib.json:2:").contains("$.exercises.x.posture")
                .contains("standing, seated, one-leg, split-stance, crossed-knee");
    }

    @Test
    void filesWithoutTheFieldsStandWithToesDown() {
        List<Problem> problems = new ArrayList<>();
        Exercise x = read(LIBRARY.replace("\"posture\": \"POSTURE\", \"start_toes\": \"up\",", ""), problems).get("x");
        assertThat(problems).isEmpty();
        assertThat(x.posture()).isEqualTo(Posture.STANDING);
        assertThat(x.startToes()).isEqualTo(StartToes.DOWN);
    }
}
