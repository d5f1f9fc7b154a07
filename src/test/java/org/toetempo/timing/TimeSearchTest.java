package org.toetempo.timing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TimeSearchTest {

    private static final ToLongFunction<Long> SELF = Long::longValue;

    @Test
    void findsTheFirstAtOrAfterAndTheLastAtOrBeforeAmongEqualTimes() {
        List<Long> times = List.of(10L, 20L, 20L, 20L, 30L);
        assertThat(TimeSearch.firstAtOrAfter(times, SELF, 20)).isEqualTo(1);
        assertThat(TimeSearch.lastAtOrBefore(times, SELF, 20)).isEqualTo(3);
        assertThat(TimeSearch.firstAtOrAfter(times, SELF, 21)).isEqualTo(4);
        assertThat(TimeSearch.lastAtOrBefore(times, SELF, 19)).isEqualTo(0);
    }

    @Test
    void answersPastEitherEndAndForAnEmptyList() {
        List<Long> times = List.of(10L, 20L);
        assertThat(TimeSearch.firstAtOrAfter(times, SELF, 5)).isZero();
        assertThat(TimeSearch.firstAtOrAfter(times, SELF, 25)).isEqualTo(2);
        assertThat(TimeSearch.lastAtOrBefore(times, SELF, 5)).isEqualTo(-1);
        assertThat(TimeSearch.lastAtOrBefore(times, SELF, Long.MAX_VALUE)).isEqualTo(1);
        assertThat(TimeSearch.firstAtOrAfter(List.of(), SELF, 0)).isZero();
        assertThat(TimeSearch.lastAtOrBefore(List.of(), SELF, 0)).isEqualTo(-1);
    }

    @Test
    void agreesWithALinearScanOnRandomSortedLists() {
        Random random = new Random(12);
        for (int round = 0; round < 500; round++) {
            List<Long> times = new ArrayList<>();
            long t = random.nextInt(5);
            for (int i = random.nextInt(20); i > 0; i--) {
                t += random.nextInt(3);
                times.add(t);
            }
            for (long probe = -1; probe <= t + 1; probe++) {
                int first = 0;
                while (first < times.size() && times.get(first) < probe) {
                    first++;
                }
                int last = times.size() - 1;
                while (last >= 0 && times.get(last) > probe) {
                    last--;
                }
                assertThat(TimeSearch.firstAtOrAfter(times, SELF, probe)).as("%s at %d", times, probe).isEqualTo(first);
                assertThat(TimeSearch.lastAtOrBefore(times, SELF, probe)).as("%s at %d", times, probe).isEqualTo(last);
            }
        }
    }
}
