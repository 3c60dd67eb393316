package org.gongkai.platform;

import java.nio.file.Path;
import org.gongkai.content.SourceRef;

/**
 * One column of the platform: a township's, a department's or the county government's disclosure
 * column.
 *
 * @param id its folder in the platform's output ({@code OUT/<id>/}) and its name in references
 *     ({@code county:xzf-2024-3})
 * @param name the office that publishes it (安乐镇人民政府)
 * @param path the folder as platform.yaml writes it, relative to the platform folder (findings use
 *     it)
 * @param folder that folder, absolute and normalised: it holds a site.yaml
 * @param at where the column's entry stands in platform.yaml
 */
public record PlatformColumn(
        String id, String name, ColumnKind kind, String path, Path folder, SourceRef at) {

    /** A path inside the column as findings name it: relative to the platform folder. */
    public String sourcePath(String relativeToColumn) {
        String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return base.equals(".") ? relativeToColumn : base + "/" + relativeToColumn;
    }
}
