package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai assemble --content PLATFORM --out OUT PART...}: part builds put together into the
 * whole platform.
 */
@Command(name = "assemble", description = "把 build --columns 生成的各部分拼合为整个平台（与一次完整构建逐字节相同）。")
final class AssembleCommand extends Subcommand {

    @Mixin CommonOptions common = new CommonOptions();

    @Mixin SiteOut site = new SiteOut();

    @Parameters(arity = "1..*", paramLabel = "PART", description = "build --columns 的输出目录")
    List<Path> parts;

    @Override
    public Integer call() throws Exception {
        if (notPlatform(common)) {
            return Main.USAGE;
        }
        return PlatformCommands.assemble(common, site.out, parts, out(), err());
    }
}
