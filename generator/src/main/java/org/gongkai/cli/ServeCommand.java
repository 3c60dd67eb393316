package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildOptions;
import org.gongkai.preview.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gongkai serve}: preview on this computer, rebuilt and reloaded on every save. */
@Command(name = "serve", description = "在本机预览网站：修改并保存内容或主题文件后，只重新生成受影响的页面，浏览器自动刷新。")
final class ServeCommand extends ContentCommand {

    @Option(
            names = "--port",
            defaultValue = "8080",
            paramLabel = "PORT",
            description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Mixin PreviewFolder preview = new PreviewFolder();

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        Path folder = preview.make();
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
        preview.removeIfTemporary(folder);
    }
}
