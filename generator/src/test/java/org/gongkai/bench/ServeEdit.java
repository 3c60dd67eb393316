package org.gongkai.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.build.BuildConfig;
import org.gongkai.preview.Preview;

/**
 * What {@code serve} does after an editor saves one document, timed: a full preview build, then a
 * series of one-file edits (a notice's title, so its page, lists, terms and the home page change),
 * each followed by the search index update serve runs after the reload. Run by {@code
 * generator/bench/serve.sh}; prints each edit's wall and CPU time and the median.
 */
public final class ServeEdit {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args.length > 1 ? args[1] : "/dev/shm/gongkai-serve");
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean phases = Boolean.getBoolean("phases");
        Preview preview =
                new Preview(
                        BuildConfig.of(content, out, LocalDate.parse("2026-11-28"))
                                .withProgress(
                                        line -> {
                                            if (phases) {
                                                System.out.println("    " + line);
                                            }
                                        }));
        Preview.Outcome full = preview.rebuildAll();
        System.out.printf(
                "full preview build: %d ms, %d pages, ok=%s%n",
                full.elapsed().toMillis(), full.pagesTotal(), full.ok());
        System.out.printf("full search index: %d ms%n", preview.reindex().toMillis());
        List<Path> notices = notices(content, edits);
        List<Long> walls = new ArrayList<>();
        List<Long> reindex = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            Path notice = notices.get(i);
            String text = Files.readString(notice);
            Files.writeString(notice, text.replaceFirst("(?m)^title: (.*)$", "title: $1（修改）"));
            long cpu0 = os.getProcessCpuTime();
            Preview.Outcome o = preview.rebuild(Set.of(notice));
            long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;
            Files.writeString(notice, text);
            walls.add(o.elapsed().toMillis());
            // what serve then does on its own thread, after the browsers reloaded: the search index
            long searchMillis = preview.reindex().toMillis();
            reindex.add(searchMillis);
            System.out.printf(
                    "edit %2d: %4d ms wall, %4d ms CPU, %d pages rendered, ok=%s; search index %d ms%n",
                    i + 1, o.elapsed().toMillis(), cpu, o.pagesRendered(), o.ok(), searchMillis);
        }
        preview.rebuild(Set.copyOf(notices)); // the files are as they were: so is the folder
        report("one-document edit", walls);
        report("search index after it", reindex);
    }

    /** The first {@code n} notices of the corpus, the documents both serve benchmarks edit. */
    static List<Path> notices(Path content, int n) throws IOException {
        try (Stream<Path> walk = Files.walk(content.resolve("notices"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().limit(n).toList();
        }
    }

    /** Prints the median, min and max of {@code millis}. */
    static void report(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(
                "%s, median of %d: %d ms (min %d, max %d)%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
