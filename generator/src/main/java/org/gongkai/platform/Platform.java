package org.gongkai.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.SourceRef;

/**
 * platform.yaml: the county's 集约化 portal that carries every column under one name, one header and
 * footer and one 网站标识码.
 *
 * @param folder the platform folder (the one holding platform.yaml)
 * @param name 机关名称 of the portal's owner (临河县人民政府)
 * @param portal the portal's name (临河县人民政府门户网站)
 * @param column the disclosure column's name on the portal (政府信息公开)
 * @param baseUrl where OUT is served, ending in "/"; a column is served at baseUrl + id + "/"
 * @param portalUrl the portal's home page, if given
 * @param siteCode 网站标识码 of the portal (every column's footer carries it)
 * @param conacUrl the 党政机关网站标识 link, if given
 * @param links extra links of the platform header and footer
 * @param theme the theme of the platform's pages and of every column's, if platform.yaml names one
 */
public record Platform(
        Path folder,
        String name,
        String portal,
        String column,
        String baseUrl,
        String siteCode,
        String orgCode,
        Optional<String> portalUrl,
        Optional<String> icp,
        Optional<String> psb,
        Optional<String> conacUrl,
        List<Link> links,
        List<PlatformColumn> columns,
        Optional<ThemeChoice> theme,
        String searchSolr) {

    public static final String FILE = "platform.yaml";

    public Platform {
        links = List.copyOf(links);
        columns = List.copyOf(columns);
    }

    public record Link(String text, String href) {}

    /** {@code theme: NAME} (a folder of themes/) and where it is written. */
    public record ThemeChoice(String name, SourceRef at) {}

    public Optional<PlatformColumn> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether {@code folder} holds a platform (a folder with site.yaml is a column instead). */
    public static boolean isPlatform(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }
}
