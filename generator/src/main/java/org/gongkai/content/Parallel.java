package org.gongkai.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
        return map(items, () -> null, (none, item) -> f.apply(item));
    }

    /**
     * {@code f} of every item, in the items' order, with a state of its thread's own as {@link
     * #forEach(List, Supplier, BiConsumer)} has it (the checker's scan buffer).
     */
    public static <S, T, R> List<R> map(
            List<T> items, Supplier<S> state, BiFunction<? super S, ? super T, ? extends R> f) {
        int n = items.size();
        Object[] results = new Object[n];
        runWith(
                n,
                () -> {
                    S mine = state.get();
                    return i -> results[i] = f.apply(mine, items.get(i));
                });
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return out;
    }

    /** {@code action} for every item, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        run(items.size(), i -> action.accept(items.get(i)));
    }

    /**
     * {@code action} for every item, in no particular order, with a state of its thread's own:
     * {@code state} makes one for each thread that takes part (the buffers a page is rendered and
     * written through), so nothing is shared between threads or kept after the last item.
     */
    public static <S, T> void forEach(
            List<T> items, Supplier<S> state, BiConsumer<? super S, ? super T> action) {
        runWith(
                items.size(),
                () -> {
                    S mine = state.get();
                    return i -> action.accept(mine, items.get(i));
                });
    }

    /** {@code action} for every index in {@code [0, n)}, in no particular order. */
    public static void range(int n, IntConsumer action) {
        run(n, action::accept);
    }

    /** The items {@code keep} accepts, in the items' order. */
    public static <T> List<T> filter(List<T> items, Predicate<? super T> keep) {
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

    /**
     * The caller works through the items with helpers from the common pool, then waits (blocked,
     * not spinning) only for helpers that are still on an item. A parallel stream's caller, when it
     * is not a pool thread (the rules and the search index run on threads of their own), spun in
     * {@code ForkJoinPool.helpComplete} for its share of the pool's work: 6 % of a 10,000-document
     * build's CPU samples went to that loop. A helper that starts after the items ran out does
     * nothing, so the caller never waits for a task still queued behind it: no deadlock when a pool
     * thread calls this.
     */
    private static void run(int n, Item item) {
        runWith(n, () -> item);
    }

    /** {@code items} makes the item runner of each thread that takes part, once. */
    private static void runWith(int n, Supplier<Item> items) {
        if (n == 0) {
            return;
        }
        int threads =
                Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1); // the caller works too
        if (threads <= 1) {
            Item item = items.get();
            for (int i = 0; i < n; i++) {
                item.run(i);
            }
            return;
        }
        Share share = new Share(n, items);
        for (int t = 1; t < threads; t++) {
            ForkJoinPool.commonPool().execute(share::help);
        }
        try {
            share.work();
        } catch (RuntimeException | Error e) {
            share.awaitHelpers(); // nothing may still run an item when the caller goes on
            throw e;
        }
        Throwable failed = share.awaitHelpers();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** The items of one {@link #run} and the helpers on them. */
    private static final class Share {
        private final int n;
        private final Supplier<Item> items;
        private final AtomicInteger next = new AtomicInteger();
        private int working; // helpers inside work(), guarded by this
        private Throwable failure; // the first, guarded by this

        Share(int n, Supplier<Item> items) {
            this.n = n;
            this.items = items;
        }

        void help() {
            synchronized (this) {
                working++;
            }
            try {
                work();
            } catch (RuntimeException | Error e) {
                // thrown again on the caller's thread, where the stream used to rethrow it
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            } finally {
                synchronized (this) {
                    working--;
                    notifyAll();
                }
            }
        }

        void work() {
            try {
                Item item = null; // made on this thread's first item: a late helper makes no state
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    if (item == null) {
                        item = items.get();
                    }
                    item.run(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(n); // the others stop after their current item
                throw e;
            }
        }

        /** Waits for the helpers still on an item; the first failure of one, or null. */
        synchronized Throwable awaitHelpers() {
            boolean interrupted = false;
            while (working > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the items must finish before the caller reads results
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return failure;
        }
    }
}
