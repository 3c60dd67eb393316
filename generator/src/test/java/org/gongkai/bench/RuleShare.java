package org.gongkai.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.check.Checker;
import org.gongkai.check.Rule;
import org.gongkai.check.Rules;
import org.gongkai.site.SiteModel;

/**
 * What a set of rules costs of {@code check}: the content loaded once, then every rule and the
 * rules whose ids a file lists (an older release's {@code check --rules}) run in turn, each run a
 * fresh checker as a build makes it; prints the median CPU time of each. Used to tell the rules
 * added since a release from the rest when {@code check} is compared with that release.
 *
 * <pre>java -cp gongkai.jar:test-classes org.gongkai.bench.RuleShare CONTENT IDS-FILE [ROUNDS]
 * </pre>
 */
public final class RuleShare {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Set<String> ids = Set.copyOf(Files.readAllLines(Path.of(args[1])));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        SiteModel model =
                SiteBuilder.check(
                                BuildConfig.of(
                                        content,
                                        content.resolveSibling("site"),
                                        LocalDate.parse("2026-11-28")))
                        .model();
        List<Rule> listed = Rules.all().stream().filter(r -> ids.contains(r.id())).toList();
        System.out.printf("%d rules, %d of them listed%n", Rules.all().size(), listed.size());
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> all = new ArrayList<>();
        List<Long> some = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            all.add(cpu(os, () -> new Checker(Rules.all()).run(model)));
            some.add(cpu(os, () -> new Checker(listed).run(model)));
        }
        System.out.printf(
                "every rule: median %d ms CPU; the listed rules: %d ms CPU%n",
                median(all), median(some));
    }

    private static long cpu(OperatingSystemMXBean os, Runnable run) {
        long t0 = os.getProcessCpuTime();
        run.run();
        return (os.getProcessCpuTime() - t0) / 1_000_000;
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }
}
