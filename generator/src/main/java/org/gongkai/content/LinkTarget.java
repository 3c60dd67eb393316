package org.gongkai.content;

import java.nio.file.Path;

/**
 * Where a path written in content or configuration leads, as {@link ContentPath} decides it once for the
 * loader, the checks, the renderer and the post-build link check alike. A caller switches on the kind;
 * none of them joins, normalises or follows a path itself.
 */
public sealed interface LinkTarget {

    /** Not resolved yet: a body read by the Markdown reader alone, outside the loader (tests, fuzzing). */
    record Unresolved() implements LinkTarget {
    }

    /** A web, mail or phone address: not a file of the column. */
    record External(String address) implements LinkTarget {
    }

    /** {@code #anchor} on the same page. */
    record Fragment(String fragment) implements LinkTarget {
    }

    /**
     * Another document: by its Markdown file ({@code file}, relative to the root, as the walk names it) or,
     * when {@code file} is empty, by its bare id. Its page is linked; its source is never copied.
     */
    record Document(String file, String id, String fragment) implements LinkTarget {
    }

    /**
     * A file inside the root that is not a document source: an attachment, an image, a CSV, a theme file.
     *
     * @param path      where to read it (its real target was checked to be inside the root)
     * @param relative  the path relative to the root as written (symbolic links not replaced), for findings
     * @param published the name relative to the naming file's folder ({@code images/a.png}), which is where
     *                  a copy goes beside the page; null when the path climbs out of that folder
     * @param exists    whether it is a regular file
     */
    record File(Path path, String relative, String published, String fragment, boolean exists)
            implements LinkTarget {
    }

    /**
     * Refused: outside the root (lexically or by a symbolic link), a document's Markdown source where a
     * file is copied, or a name the generator writes itself. {@code rule} is the finding's id and
     * {@code reason} its Chinese message, which begins with the path as written.
     */
    record Refused(String rule, String reason) implements LinkTarget {
    }
}
