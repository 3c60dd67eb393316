package org.gongkai.cli;

import java.io.PrintWriter;
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
final class AssembleCommand extends ContentCommand {

    @Mixin OutputFolder output = new OutputFolder("site");

    @Parameters(arity = "1..*", paramLabel = "PART", description = "build --columns 的输出目录")
    List<Path> parts;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        if (notPlatform(err)) {
            return Main.USAGE;
        }
        return PlatformCommands.assemble(common, output.folder, parts, out, err);
    }
}
