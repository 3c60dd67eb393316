package org.gongkai.build;

import java.io.IOException;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.publish.OutputTree;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * The steps between a rendered staging folder and the swap: link check and cache headers (the .gz
 * files come with the writes).
 */
final class WebServerOutput {

    private WebServerOutput() {}

    /**
     * Every relative link and asset in the staging folder must exist; broken ones stop the build.
     */
    static List<Finding> checkLinks(OutputTree out, BuildConfig config, SiteModel model)
            throws IOException {
        return checkLinks(out, config, model, BrokenLinks.Outer.NONE);
    }

    /** As above, letting links climb to the platform pages {@code outer} names. */
    static List<Finding> checkLinks(
            OutputTree out, BuildConfig config, SiteModel model, BrokenLinks.Outer outer)
            throws IOException {
        long t0 = System.nanoTime();
        // the targets were gathered as the pages were written; pages are read back only to locate a
        // broken one
        boolean fine = out.links().map(l -> l.allExist(out.written())).orElse(false);
        List<Finding> broken =
                fine
                        ? List.of()
                        : BrokenLinks.find(
                                out.root(),
                                config.out().getFileName().toString(),
                                SitePaths.siteRootPath(model.site().baseUrl()),
                                outer);
        config.progress()
                .accept(
                        "链接检查："
                                + (broken.isEmpty() ? "没有失效链接" : broken.size() + " 个失效链接")
                                + "（"
                                + (System.nanoTime() - t0) / 1_000_000
                                + " ms）");
        return broken;
    }

    static void write(OutputTree out, BuildConfig config) throws IOException {
        long t0 = System.nanoTime();
        CacheHeaders.write(out.root());
        config.progress()
                .accept(
                        "已压缩 "
                                + out.precompressed()
                                + " 个文本文件（.gz，随页面写出），写入 "
                                + CacheHeaders.FILE
                                + "（"
                                + (System.nanoTime() - t0) / 1_000_000
                                + " ms）");
    }
}
