package org.gongkai.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * A command over a content folder (or a platform folder): every one takes the same {@link
 * CommonOptions}.
 */
abstract class ContentCommand extends Subcommand {

    @Mixin CommonOptions common = new CommonOptions();

    boolean isPlatform() {
        return PlatformCommands.isPlatform(common.content);
    }

    /**
     * The commands only a platform folder has (assemble, inspect) refuse any other folder, with the
     * usage exit.
     */
    boolean notPlatform(PrintWriter err) {
        if (isPlatform()) {
            return false;
        }
        err.println("gongkai: " + common.content + " 中没有 platform.yaml，不是平台目录");
        return true;
    }
}
