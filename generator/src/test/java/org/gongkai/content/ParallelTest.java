package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 5000).boxed().toList();

    @Test
    void mapKeepsTheItemsOrder() {
        assertEquals(ITEMS.stream().map(i -> "#" + i).toList(), Parallel.map(ITEMS, i -> "#" + i));
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
        assertEquals(List.of(7), Parallel.map(List.of(6), i -> i + 1));
    }

    @Test
    void filterKeepsTheItemsOrder() {
        assertEquals(
                ITEMS.stream().filter(i -> i % 3 == 0).toList(),
                Parallel.filter(ITEMS, i -> i % 3 == 0));
    }

    @Test
    void forEachRunsEveryItemOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();
        Parallel.forEach(
                ITEMS,
                i -> {
                    seen.add(i);
                    runs.incrementAndGet();
                });
        assertEquals(ITEMS.size(), runs.get());
        assertEquals(ITEMS.size(), seen.size());
    }

    /** A state is one thread's alone: made once per taking thread, never seen by another. */
    @Test
    void eachThreadHasAStateOfItsOwn() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger made = new AtomicInteger();
        Set<String> clashes = ConcurrentHashMap.newKeySet();
        Parallel.forEach(
                ITEMS,
                () -> {
                    made.incrementAndGet();
                    return new String[] {Thread.currentThread().getName()};
                },
                (String[] owner, Integer i) -> {
                    if (!owner[0].equals(Thread.currentThread().getName())) {
                        clashes.add(owner[0]);
                    }
                    seen.add(i);
                });
        assertEquals(ITEMS.size(), seen.size());
        assertTrue(clashes.isEmpty(), clashes::toString);
        assertTrue(
                made.get() >= 1 && made.get() <= Runtime.getRuntime().availableProcessors() + 1,
                () -> made.get() + " states");
        AtomicInteger none = new AtomicInteger();
        Parallel.forEach(List.<Integer>of(), none::incrementAndGet, (Integer n, Integer i) -> {});
        assertEquals(0, none.get(), "no state is made for no items");
    }

    @Test
    void aSlowItemDoesNotHoldTheRestBack() {
        // the first item takes a while: the other thread takes nearly every item after it
        // meanwhile; with runs of a fixed size (a parallel stream cuts a list in quarters on two
        // cores) the slow one kept its run
        List<String> out =
                Parallel.map(
                        ITEMS,
                        i -> {
                            if (i == 0) {
                                sleep(300);
                            }
                            return Thread.currentThread().getName();
                        });
        // Parallel always works with at least two threads (the pool's and the caller), even on one
        // core, where the second runs while the first sleeps: no guard, so the assertion always
        // holds the code to it
        long others = out.stream().filter(name -> !name.equals(out.get(0))).count();
        assertTrue(
                others > ITEMS.size() * 9 / 10,
                "the free thread took " + others + " of " + ITEMS.size());
    }

    @Test
    void aFailureReachesTheCallerAndStopsTheRest() {
        AtomicInteger runs = new AtomicInteger();
        // each item takes a millisecond: with empty items the other thread ran all 5,000 while this
        // one was still building the exception (its stack trace) before it could tell the others to
        // stop
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                Parallel.forEach(
                                        ITEMS,
                                        i -> {
                                            runs.incrementAndGet();
                                            if (i == 10) {
                                                throw new IllegalStateException("item 10");
                                            }
                                            sleep(1);
                                        }));
        // thrown on another thread, it arrives as the fork/join framework wraps it, the original as
        // the cause
        Throwable original = e.getCause() instanceof IllegalStateException ? e.getCause() : e;
        assertEquals("item 10", original.getMessage());
        assertTrue(
                runs.get() < ITEMS.size(), "items after the failure were still run: " + runs.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
