package org.gongkai.cli;

/**
 * Prints the JVM options the launcher starts a command with, for benchmarks that run outside the
 * jar.
 */
public final class JvmOptionsOf {

    public static void main(String[] args) {
        System.out.println(String.join(" ", Launcher.jvmOptions(args)));
    }
}
