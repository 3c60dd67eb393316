package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildOptions;
import org.gongkai.preview.LivePreview;
import org.gongkai.publish.AtomicSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gongkai serve}: preview on this computer, rebuilt and reloaded on every save. */
@Command(name = "serve", description = "在本机预览网站：修改并保存内容或主题文件后，只重新生成受影响的页面，浏览器自动刷新。")
final class ServeCommand extends Subcommand {

    @Mixin CommonOptions common = new CommonOptions();

    @Option(
            names = "--port",
            defaultValue = "8080",
            paramLabel = "PORT",
            description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "预览文件写入的目录（默认一个临时目录，退出时删除；不会改动 site/）")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = err();
        Path folder =
                out != null ? out : Files.createTempDirectory("gongkai-preview-").resolve("site");
        BuildOptions options = common.options(folder);
        // each save's phase timings would flood the terminal: serve reports one line per rebuild
        // instead
        BuildConfig config = options.config(line -> {});
        Consumer<String> lines = CommonOptions.lines(err);
        LivePreview live = LivePreview.start(config, port, lines, options.progress(lines));
        Thread stop = new Thread(() -> stop(live, folder));
        Runtime.getRuntime().addShutdownHook(stop);
        live.await();
        // interrupted rather than stopped with Ctrl+C (a test, a tool embedding the CLI): stop the
        // server now
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException exiting) {
            return Main.OK; // the hook is already running
        }
        stop(live, folder);
        return Main.OK;
    }

    private void stop(LivePreview live, Path folder) {
        live.close();
        if (out == null) {
            try {
                AtomicSite.deleteTree(folder.getParent());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
