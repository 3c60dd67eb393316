package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Columns two at a time: results in platform.yaml's order, never more at once, errors as thrown.
 */
class SideBySideTest {

    @Test
    void resultsComeInTheOrderAskedWhateverOrderTheStepsFinishIn() throws IOException {
        List<Callable<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            steps.add(
                    () -> {
                        Thread.sleep(6 - n); // the later steps finish first
                        return n;
                    });
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), SideBySide.inOrder(steps, 2, "test"));
    }

    @Test
    void neverMoreStepsRunAtOnceThanAsked() throws IOException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Callable<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(
                    () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        running.decrementAndGet();
                        return 0;
                    });
        }
        SideBySide.inOrder(steps, 2, "test");
        assertTrue(most.get() <= 2, "at most two at once, saw " + most.get());
        assertEquals(0, running.get(), "every step finished before the results were returned");
    }

    @Test
    void aStepsIoErrorIsThrownAsItWasThrown() {
        IOException failure = new IOException("栏目 c002 无法写入");
        List<Callable<Integer>> steps =
                List.of(
                        () -> 1,
                        () -> {
                            throw failure;
                        },
                        () -> 3);
        IOException thrown =
                assertThrows(IOException.class, () -> SideBySide.inOrder(steps, 2, "test"));
        assertSame(failure, thrown);
    }
}
