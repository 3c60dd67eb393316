package org.gongkai.build;

import java.time.Duration;

/**
 * Wall and CPU time of each build phase, for the progress lines: wall time alone hides whether a
 * phase kept every core busy (CPU ≈ cores × wall) or waited on one thread.
 */
public final class PhaseClock {

    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    /** "1234 ms，CPU 2345 ms" since the clock started or the last lap, and starts the next lap. */
    public String lap() {
        long w = System.nanoTime();
        long c = cpuNanos();
        String s = (w - wall) / 1_000_000 + " ms，CPU " + (c - cpu) / 1_000_000 + " ms";
        wall = w;
        cpu = c;
        return s;
    }

    /**
     * The whole process's CPU time (all threads, collector and compiler included); 0 where unknown.
     */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
