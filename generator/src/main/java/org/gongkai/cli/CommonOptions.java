package org.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.build.BuildConfig;
import picocli.CommandLine.Option;

/** Options every command shares, mapped to {@link org.gongkai.build.BuildConfig}. */
final class CommonOptions {

    @Option(names = "--content", defaultValue = "content", paramLabel = "DIR",
            description = "内容目录（默认 ${DEFAULT-VALUE}）")
    Path content;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "以该日期为“今天”推算有效性和征集状态，使构建可重现（默认今天，北京时间）")
    LocalDate asOf;

    @Option(names = "--themes", paramLabel = "DIR", description = "主题目录（默认与内容目录同级的 themes/）")
    Path themes;

    @Option(names = {"-q", "--quiet"}, description = "只输出问题和最后一行摘要（适合 CI）")
    boolean quiet;

    LocalDate asOfOrToday() {
        return asOf != null ? asOf : BuildConfig.todayInBeijing();
    }
}
