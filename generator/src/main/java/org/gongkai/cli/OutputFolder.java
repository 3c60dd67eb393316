package org.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out}: the folder a command writes its output into (a site, a platform, an inspection);
 * its default is the command's, given when the command makes it.
 */
final class OutputFolder {

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path folder;

    OutputFolder(String byDefault) {
        folder = Path.of(byDefault);
    }
}
