package org.gongkai.platform;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Steps of a platform build that run beside each other on threads of their own (columns two at a
 * time, the unified search beside the platform's pages): each result in the order asked for, and
 * what a step threw rethrown as it was thrown.
 */
final class SideBySide {

    private SideBySide() {}

    /**
     * {@code steps}' results in their order, at most {@code threads} running at once; the first
     * failure (in that order) is thrown once every started step has stopped.
     */
    static <T> List<T> inOrder(List<Callable<T>> steps, int threads, String name)
            throws IOException {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, name);
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> step : steps) {
                running.add(pool.submit(step));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : running) {
                out.add(result(f));
            }
            return out;
        } finally {
            // a failed step's followers are not started; the running ones finish before the
            // caller abandons the folder they write into
            pool.shutdownNow();
            awaitStopped(pool);
        }
    }

    /** The result of a step running beside this thread, once it is done, or what it threw. */
    static <T> T result(Future<T> step) throws IOException {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("平台构建被中断");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void awaitStopped(ExecutorService pool) throws IOException {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a column still writing: wait for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("平台构建被中断");
        }
    }
}
