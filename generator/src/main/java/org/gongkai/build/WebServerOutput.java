package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.publish.CacheHeaders;
import org.gongkai.publish.Precompressed;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/** The steps between a rendered staging folder and the swap: link check, cache headers, precompression. */
final class WebServerOutput {

    private WebServerOutput() {
    }

    /** Every relative link and asset in the staging folder must exist; broken ones stop the build. */
    static List<Finding> checkLinks(Path staging, BuildConfig config, SiteModel model) throws IOException {
        long t0 = System.nanoTime();
        List<Finding> broken = BrokenLinks.find(staging, config.out().getFileName().toString(),
                SitePaths.siteRootPath(model.site().baseUrl()));
        config.progress().accept("链接检查：" + (broken.isEmpty() ? "没有失效链接" : broken.size() + " 个失效链接")
                + "（" + (System.nanoTime() - t0) / 1_000_000 + " ms）");
        return broken;
    }

    static void write(Path staging, BuildConfig config) throws IOException {
        long t0 = System.nanoTime();
        CacheHeaders.write(staging);
        int gz = Precompressed.writeAll(staging);
        config.progress().accept("已压缩 " + gz + " 个文本文件（.gz），写入 " + CacheHeaders.FILE + "（"
                + (System.nanoTime() - t0) / 1_000_000 + " ms）");
    }
}
