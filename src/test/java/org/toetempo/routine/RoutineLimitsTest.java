package org.toetempo.routine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A routine of thousands of steps (as many as fit in the 1 MiB a file may have) is refused by the format, at once (issue 16, class 11). */
class RoutineLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());

    private static byte[] withSteps(int count) throws IOException {
        ObjectNode routine = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("routines/arch-doming.json")));
        ArrayNode steps = (ArrayNode) routine.get("blocks").get(0).get("steps");
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            many.add(steps.get(i % steps.size()).deepCopy());
        }
        ((ObjectNode) routine.get("blocks").get(0)).set("steps", many);
        return JSON.writeValueAsBytes(routine);
    }

    @Test
    void fourThousandStepsAreRefusedWithOneLineSaysWhereAndWhy() throws IOException {
        long start = System.nanoTime();
        LoadResult result = reader.read("huge.json", withSteps(4_000));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.routine()).isNull();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("huge.json").contains("blocks[0].steps")
                .contains("a routine may have at most 500 steps in all (this block brings it to 4000)"));
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void theLimitItselfIsAllowed() throws IOException {
        LoadResult result = reader.read("long.json", withSteps(RoutineReader.MAX_STEPS));
        assertThat(result.problems()).isEmpty();
        assertThat(reader.read("longer.json", withSteps(RoutineReader.MAX_STEPS + 1)).problems()).hasSize(1);
    }
}
