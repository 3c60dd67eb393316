package org.gongkai.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry point of {@code java -jar gongkai.jar}: runs {@link Main} in a second JVM started with
 * the options a short batch job wants, which a jar manifest cannot set.
 *
 * <p>Measured on the 10,000-document corpus (2 cores): the default JVM spends about a third of the
 * build's CPU in the C2 compiler and lets G1 grow the heap to 2.7 GB; C1 only and the parallel
 * collector with a fixed young generation halve the CPU time and keep the peak near twice the live
 * data. Class loading (5,500 classes, half from this jar) is the rest of the start-up cost: the
 * first run of each command records an application class-data archive ({@code
 * -XX:ArchiveClassesAtExit}) beside the jar, later runs of it map the archive instead of parsing
 * and verifying the classes again. Elasticsearch and Gradle start their real JVM the same way.
 *
 * <p>{@code -Dgongkai.fork=false} runs in this JVM instead (a profiler, your own flags); {@code
 * GONGKAI_JAVA_OPTS} replaces the tuned options.
 */
public final class Launcher {

    private static final String CHILD = "gongkai.child";

    private Launcher() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = ownJar();
        if (jar == null
                || Boolean.getBoolean(CHILD)
                || "false".equals(System.getProperty("gongkai.fork"))) {
            Main.main(args);
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(args));
        ClassData cds = ClassData.beside(jar, commandOf(args));
        command.addAll(cds.options());
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C reaches the child through the terminal's process group; a plain kill of this
        // process does not.
        // No lambda or method reference in this JVM: bootstrapping the first one costs more than
        // the rest of it
        Thread stop =
                new Thread() {
                    @Override
                    public void run() {
                        child.destroy();
                    }
                };
        Runtime.getRuntime().addShutdownHook(stop);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        cds.afterRun(status);
        System.exit(status);
    }

    /** GONGKAI_JAVA_OPTS, or null when unset or blank. */
    private static String customOptions() {
        String custom = System.getenv("GONGKAI_JAVA_OPTS");
        return custom == null || custom.isBlank() ? null : custom.trim();
    }

    static List<String> jvmOptions(String[] args) {
        String custom = customOptions();
        if (custom != null) {
            return List.of(custom.split("\\s+"));
        }
        List<String> options = new ArrayList<>();
        boolean server = args.length > 0 && args[0].equals("serve");
        if (!server) {
            // a build is over in seconds: C2's compile time is never paid back (measured: -45% CPU)
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (server) {
            // serve keeps the serial collector: every rebuild after a save allocates a few hundred
            // MB, and what serve keeps between rebuilds is a few hundred MB more: a young
            // generation as large as the old one collects half as often (10,000 documents: median
            // edit 282-310 -> 258-270 ms; RSS 0.6 GB, parallel collector 1.9 GB)
            options.add("-XX:+UseSerialGC");
            options.add("-XX:NewRatio=1");
        } else {
            // A build's young collections copy the documents as they are loaded: the serial
            // collector did it on one core while the other waited (1.1-1.9 s of pauses at 10,000
            // documents). The parallel one uses every core; left to size itself it grew the young
            // generation and the heap to 1.6 GB, so the young generation is fixed near what the
            // serial one chose. Interleaved with Hugo, 10,000 documents: 9.85 8.67 7.23 8.37 s
            // against 10.27 8.83 8.17 8.73 s serial, RSS 0.41 against 0.40 GB; 50,000: 43.3 s, 1.15
            // GB against 58.4 s, 1.54 GB.
            options.add("-XX:+UseParallelGC");
            options.add("-Xmn120m");
            // What survives one young collection (documents, the model, Lucene's postings in
            // memory) lives for the build: promoted at the second instead of copied between
            // survivor spaces up to 15 times. Two runs each: 10,000 documents 30 young collections
            // against 39; 50,000 documents 145-149 against 179-195, pauses 3.9-4.7 s against
            // 5.5-6.3 s. At the first (=0), page garbage caught mid-render filled the old
            // generation at 50,000 documents (51 s against 34 s).
            options.add("-XX:MaxTenuringThreshold=1");
        }
        if (hugePagesOnRequest(THP_SETTING)) {
            // a build fills a few hundred MB of fresh heap: 2 MB pages instead of 4 KB ones cut
            // page faults and TLB misses (10,000 documents, three interleaved pairs: collector
            // pauses -20 to -38%, loading -15%)
            options.add("-XX:+UseTransparentHugePages");
        }
        options.add(
                "-Xss4m"); // deeply nested Markdown is refused by limits, not by a stack overflow
        options.add("-Xmx" + heapMegabytes() + "m");
        options.add("-XX:+ExitOnOutOfMemoryError");
        return options;
    }

    private static final Path THP_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Whether the kernel gives transparent huge pages to memory that asks for them ({@code
     * [madvise]}). With {@code [always]} the heap has them anyway; with {@code [never]} or no such
     * file (not Linux) the flag would only print a warning, on stdout, where {@code check --format
     * json} writes.
     */
    static boolean hugePagesOnRequest(Path setting) {
        try {
            return Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * A ceiling only (the collector keeps the heap near what is live): half the machine's memory.
     */
    static long heapMegabytes() {
        // this JVM's default maximum is a quarter of the machine's memory: no management beans
        // needed
        long physical = Runtime.getRuntime().maxMemory() / (1024 * 1024) * 4;
        return Math.max(512, physical / 2);
    }

    private static Path ownJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The command a run archives its classes under: the subcommand's name, or {@code main} for
     * options alone ({@code --help}, {@code --version}). A build loads four times the classes
     * {@code check} or {@code --help} does (Velocity, Lucene, the renderer): with one archive for
     * every command, whichever ran first decided what the others found (the seed site after a first
     * {@code --help}: 1.9-2.1 s against 1.5-1.7 s).
     */
    static String commandOf(String[] args) {
        if (args.length == 0 || args[0].isEmpty() || args[0].length() > 20) {
            return "main";
        }
        for (int i = 0; i < args[0].length(); i++) {
            if (args[0].charAt(i) < 'a' || args[0].charAt(i) > 'z') {
                return "main"; // what [a-z]{1,20} matches, without compiling a regex in the
                // launching JVM
            }
        }
        return args[0];
    }

    /**
     * The class-data archive for this very jar and command (its name carries the jar's size and
     * time, so a rebuilt jar gets new ones). Recorded on the command's first successful run,
     * written under a temporary name and renamed, so two first runs at once cannot leave a torn
     * file; without a writable folder there is simply none.
     */
    record ClassData(Path archive, Path recording) {

        static ClassData beside(Path jar, String command) {
            try {
                Path folder = jar.toAbsolutePath().getParent();
                String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
                String name = jar.getFileName().toString();
                String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
                Path archive = folder.resolve(base + "-" + key + "-" + command + ".jsa");
                if (Files.isRegularFile(archive)) {
                    return new ClassData(archive, null);
                }
                if (!Files.isWritable(folder)) {
                    return new ClassData(null, null);
                }
                return new ClassData(
                        archive,
                        folder.resolve(
                                base
                                        + "-"
                                        + key
                                        + "-"
                                        + ProcessHandle.current().pid()
                                        + ".jsa.tmp"));
            } catch (IOException e) {
                return new ClassData(null, null);
            }
        }

        List<String> options() {
            List<String> o = new ArrayList<>();
            if (archive == null) {
                return o;
            }
            // the JVM explains every class it leaves out of an archive; that is not the user's
            // concern
            o.add("-Xlog:cds=off");
            o.add("-Xlog:cds+dynamic=off");
            o.add(
                    recording != null
                            ? "-XX:ArchiveClassesAtExit=" + recording
                            : "-XX:SharedArchiveFile=" + archive);
            return o;
        }

        void afterRun(int status) {
            if (recording == null) {
                return;
            }
            try {
                if (status == 0 && Files.isRegularFile(recording)) {
                    Files.move(
                            recording,
                            archive,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    removeStale();
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // no archive: the next run records one again
            }
        }

        /**
         * Archives of earlier builds of this jar (another size or time); this build's other
         * commands' stay.
         */
        private void removeStale() throws IOException {
            String name = archive.getFileName().toString();
            Matcher parts = Pattern.compile("(.*)-(\\d+-\\d+)-[a-z]+\\.jsa").matcher(name);
            if (!parts.matches()) {
                return;
            }
            // this jar's own archives only: "gongkai-SIZE-TIME-CMD.jsa" must not take
            // "gongkai-0.1.0-SIZE-TIME-CMD.jsa"
            // along; the older form without a command ("gongkai-SIZE-TIME.jsa") goes too
            Pattern ours =
                    Pattern.compile(Pattern.quote(parts.group(1)) + "-(\\d+-\\d+)(-[a-z]+)?\\.jsa");
            try (var list = Files.list(archive.getParent())) {
                for (Path p : (Iterable<Path>) list::iterator) {
                    Matcher m = ours.matcher(p.getFileName().toString());
                    if (m.matches() && !m.group(1).equals(parts.group(2))) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
