package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.build.BuildConfig;
import org.gongkai.preview.LivePreview;
import org.gongkai.publish.AtomicSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai serve}: preview on this computer, rebuilt and reloaded on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "在本机预览网站：修改并保存内容或主题文件后，只重新生成受影响的页面，浏览器自动刷新。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--out", paramLabel = "DIR",
            description = "预览文件写入的目录（默认一个临时目录，退出时删除；不会改动 site/）")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = out != null ? out : Files.createTempDirectory("gongkai-preview-").resolve("site");
        BuildConfig config = BuildConfig.of(common.content, folder, common.asOfOrToday());
        if (common.themes != null) {
            config = config.withThemes(common.themes);
        }
        LivePreview live = LivePreview.start(config, port, line -> {
            err.println(line);
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            live.close();
            if (out == null) {
                try {
                    AtomicSite.deleteTree(folder.getParent());
                } catch (java.io.IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }));
        live.await();
        return Main.OK;
    }
}
