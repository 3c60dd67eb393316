package org.gongkai.platform;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.build.ColumnFrame;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.publish.BrokenLinks;
import org.gongkai.render.PlatformPages;
import org.gongkai.render.PlatformViews;
import org.gongkai.render.Theme;
import org.gongkai.render.Views.Link;
import org.gongkai.site.SiteModel;

/**
 * What a platform sets around each column and its own pages: the portal's chrome and address, the
 * 网站标识码 and 备案号, and the one theme. Build, check and inspect frame a column alike.
 */
final class ColumnFrames {

    private ColumnFrames() {}

    static PlatformViews.Portal portal(Platform p) {
        return new PlatformViews.Portal(
                p.name(),
                p.portal(),
                p.column(),
                p.baseUrl(),
                p.siteCode(),
                p.icp().orElse(""),
                p.psb().orElse(""),
                p.portalUrl().orElse(""),
                p.conacUrl().orElse(""),
                p.links().stream().map(l -> new Link(l.text(), l.href())).toList(),
                p.searchSolr());
    }

    /**
     * A column inside the platform: served under the platform's address, with its 网站标识码 and chrome.
     */
    static ColumnFrame frame(Platform p, PlatformColumn column, Consumer<SiteModel> built) {
        return new ColumnFrame(
                sc ->
                        sc.inPlatform(
                                p.baseUrl().isEmpty()
                                        ? sc.baseUrl()
                                        : p.baseUrl() + column.id() + "/",
                                p.siteCode().isEmpty() ? sc.siteCode() : p.siteCode(),
                                p.icp().orElse(sc.icp()),
                                p.psb().orElse(sc.psb()),
                                p.theme().map(Platform.ThemeChoice::name).orElse(sc.theme()),
                                p.searchSolr().isEmpty() ? sc.searchSolr() : p.searchSolr(),
                                column.id()),
                Optional.of(PlatformPages.chrome(portal(p), true)),
                new BrokenLinks.Outer(column.id(), PlatformPages.LINKED_FROM_COLUMNS),
                built);
    }

    /**
     * The theme of the platform's pages (and, through the frame, of every column's):
     * platform.yaml's {@code theme}, else default. A name that is no folder of themes/ is an error
     * at its line.
     */
    static Theme theme(PlatformConfig config, Platform platform, List<Finding> findings) {
        Platform.ThemeChoice choice =
                platform.theme()
                        .orElse(new Platform.ThemeChoice("default", SourceRef.file(Platform.FILE)));
        Theme.Loaded loaded = Theme.load(config.themesFolder(), choice.name(), choice.at());
        findings.addAll(loaded.findings());
        if (platform.theme().isPresent()
                && loaded.findings().isEmpty()
                && !Files.isDirectory(config.themesFolder().resolve(choice.name()))) {
            findings.add(
                    Finding.error(
                            "platform-theme",
                            choice.at(),
                            "主题“"
                                    + choice.name()
                                    + "”不是 "
                                    + config.themesFolder().getFileName()
                                    + "/ 下的文件夹：请核对 theme，或删去它使用默认主题"));
        }
        return loaded.theme();
    }
}
