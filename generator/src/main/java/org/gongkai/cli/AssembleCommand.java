package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai assemble --content PLATFORM --out OUT PART...}: part builds put together into the
 * whole platform.
 */
@Command(
        name = "assemble",
        mixinStandardHelpOptions = true,
        description = "把 build --columns 生成的各部分拼合为整个平台（与一次完整构建逐字节相同）。")
final class AssembleCommand implements Callable<Integer> {

    @Mixin CommonOptions common = new CommonOptions();

    @Mixin SiteOut site = new SiteOut();

    @Parameters(arity = "1..*", paramLabel = "PART", description = "build --columns 的输出目录")
    List<Path> parts;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!PlatformCommands.isPlatform(common.content)) {
            spec.commandLine()
                    .getErr()
                    .println("gongkai: " + common.content + " 中没有 platform.yaml，不是平台目录");
            return Main.USAGE;
        }
        return PlatformCommands.assemble(
                common, site.out, parts, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
