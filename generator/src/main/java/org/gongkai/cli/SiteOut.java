package org.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out}: where the commands that write a whole site write it. */
final class SiteOut {

    @Option(
            names = "--out",
            defaultValue = "site",
            paramLabel = "DIR",
            description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;
}
