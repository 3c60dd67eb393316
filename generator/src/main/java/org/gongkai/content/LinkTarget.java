package org.gongkai.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a path written in content or configuration leads, as {@link ContentPath} decides it once
 * for the loader, the checks, the renderer and the post-build link check alike. A caller switches
 * on the kind; none of them joins, normalises or follows a path itself.
 */
public sealed interface LinkTarget {

    /**
     * Not resolved yet: a body read by the Markdown reader alone, outside the loader (tests,
     * fuzzing).
     */
    record Unresolved() implements LinkTarget {}

    /** A web, mail or phone address: not a file of the column. */
    record External(String address) implements LinkTarget {}

    /** {@code #anchor} on the same page. */
    record Fragment(String fragment) implements LinkTarget {}

    /**
     * Another document: by its Markdown file ({@code file}, relative to the root, as the walk names
     * it) or, when {@code file} is empty, by its bare id. Its page is linked; its source is never
     * copied.
     */
    record Document(String file, String id, String fragment) implements LinkTarget {}

    /**
     * A document of another column of the same platform (集约化), written {@code 栏目编号:文件编号} — {@code
     * county:xzf-2024-3} — or as a relative path to its source, the platform's columns taken as
     * sibling folders: {@code ../../../county/policies/2024/xzf-2024-3.md} from {@code
     * policies/2025/} (then {@code id} is empty and {@code file} is the source relative to that
     * column's root). Only the platform knows whether it exists and where its page is; a column
     * built on its own shows the link's text without an address.
     */
    record Column(String column, String id, String file, String fragment) implements LinkTarget {

        /** A column id as platform.yaml allows it. */
        static final Pattern COLUMN_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

        /**
         * A platform column's id (platform.yaml), a colon, a document id; an optional #fragment.
         */
        private static final Pattern WRITTEN =
                Pattern.compile(
                        "([a-z0-9][a-z0-9_-]{0,39}):([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:#([^\\s\"<>]*))?");

        /** Schemes that keep their meaning: the web's, and those refused outright elsewhere. */
        private static final Set<String> NOT_COLUMNS =
                Set.of(
                        "http",
                        "https",
                        "mailto",
                        "tel",
                        "ftp",
                        "sms",
                        "javascript",
                        "vbscript",
                        "data",
                        "file",
                        "blob",
                        "about");

        /** {@code county:xzf-2024-3} as a column link, or empty for any other address. */
        public static Optional<Column> parse(String written) {
            Matcher m = WRITTEN.matcher(written.strip());
            if (!m.matches() || NOT_COLUMNS.contains(m.group(1))) {
                return Optional.empty();
            }
            return Optional.of(
                    new Column(m.group(1), m.group(2), "", m.group(3) == null ? "" : m.group(3)));
        }

        /**
         * What the body's HTML carries until the renderer turns it into {@code data-xref}: a
         * fragment of the same page, so an address that escaped the renderer would still go
         * nowhere.
         */
        public static final String PLACEHOLDER = "#gongkai-xref=";

        /**
         * What the page's marker carries and the platform matches: {@code county:xzf-2024-3}, or
         * {@code county:/policies/2024/xzf-2024-3.md} for the relative form (an id never begins
         * with a slash).
         */
        public String key() {
            return file.isEmpty() ? column + ":" + id : column + ":/" + file;
        }
    }

    /**
     * A file inside the root that is not a document source: an attachment, an image, a CSV, a theme
     * file.
     *
     * @param path where to read it (its real target was checked to be inside the root)
     * @param relative the path relative to the root as written (symbolic links not replaced), for
     *     findings
     * @param published the name relative to the naming file's folder ({@code images/a.png}), which
     *     is where a copy goes beside the page; null when the path climbs out of that folder
     * @param exists whether it is a regular file
     */
    record File(Path path, String relative, String published, String fragment, boolean exists)
            implements LinkTarget {}

    /**
     * Refused: outside the root (lexically or by a symbolic link), a document's Markdown source
     * where a file is copied, or a name the generator writes itself. {@code rule} is the finding's
     * id and {@code reason} its Chinese message, which begins with the path as written.
     */
    record Refused(String rule, String reason) implements LinkTarget {}
}
