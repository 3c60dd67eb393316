package org.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.build.BuildConfig;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.Test;

/**
 * The target: a one-file change on the 1,000-document corpus is visible in under a second.
 */
class PreviewScaleTest {

    @Test
    void aOneFileEditOnAThousandDocumentsRebuildsAHandfulOfPages() throws IOException {
        Path content = Repo.corpus(1000);
        Preview preview =
                new Preview(BuildConfig.of(content, content.resolveSibling("preview"), Repo.AS_OF));
        Preview.Outcome full = preview.rebuildAll();
        assertTrue(full.ok(), full.errors().toString());
        Path notice;
        try (Stream<Path> walk = Files.walk(content.resolve("notices"))) {
            notice =
                    walk.filter(p -> p.toString().endsWith(".md"))
                            .sorted()
                            .findFirst()
                            .orElseThrow();
        }
        String text = Files.readString(notice);
        // warm up the JIT the way an editor's first few saves do, then measure the next one
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        Preview.Outcome last = null;
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= 4; i++) {
            Files.writeString(
                    notice, text.replaceFirst("(?m)^title: (.*)$", "title: $1（第" + i + "次修改）"));
            long cpu0 = os.getProcessCpuTime();
            last = preview.rebuild(Set.of(notice));
            bestCpu = Math.min(bestCpu, (os.getProcessCpuTime() - cpu0) / 1_000_000);
            assertTrue(last.ok(), last.errors().toString());
            best = Math.min(best, last.elapsed().toMillis());
        }
        // CPU time shows what an idle machine would take when the wall clock is inflated by a busy
        // one
        System.out.printf(
                "preview on 1000 documents: full %d ms (%d pages); one-file edit %d ms wall, %d ms CPU "
                        + "(best of 4), %d pages rendered%n",
                full.elapsed().toMillis(), full.pagesTotal(), best, bestCpu, last.pagesRendered());
        assertTrue(
                last.pagesRendered() < full.pagesTotal() / 20, "rendered " + last.pagesRendered());
        // the target is 1 s on an idle machine; CI shares its cores, so only a gross regression
        // fails here
        assertTrue(best < 4000, "one-file rebuild took " + best + " ms");
    }
}
