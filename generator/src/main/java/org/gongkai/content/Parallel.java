package org.gongkai.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Work over a list on every core, items handed out one at a time to whichever thread is free. A
 * parallel stream cuts a list into four runs per worker thread up front: on two cores that is four
 * runs of 2,500 documents or 3,000 pages, and when the last run holds the heavy pages (the year
 * lists come after the documents) one core works alone for most of a second at the end of a phase.
 * Here a thread that finishes an item takes the next one, so the cores finish within one item of
 * each other. In {@code content}, the first stage, so that every later one can use it.
 */
public final class Parallel {

    private Parallel() {}

    /** {@code f} of every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        int n = items.size();
        Object[] results = new Object[n];
        run(n, i -> results[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return out;
    }

    /** {@code action} for every item, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        run(items.size(), i -> action.accept(items.get(i)));
    }

    /** The items {@code keep} accepts, in the items' order. */
    public static <T> List<T> filter(List<T> items, java.util.function.Predicate<? super T> keep) {
        List<Boolean> kept = map(items, keep::test);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (kept.get(i)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private interface Item {
        void run(int index);
    }

    private static void run(int n, Item item) {
        AtomicInteger next = new AtomicInteger();
        int threads =
                Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1); // the caller works too
        if (threads <= 1) {
            for (int i = 0; i < n; i++) {
                item.run(i);
            }
            return;
        }
        IntStream.range(0, threads)
                .parallel()
                .forEach(
                        t -> {
                            try {
                                for (int i; (i = next.getAndIncrement()) < n; ) {
                                    item.run(i);
                                }
                            } catch (RuntimeException | Error e) {
                                next.set(n); // the others stop after their current item; the stream
                                // rethrows this
                                throw e;
                            }
                        });
    }
}
