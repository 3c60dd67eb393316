package org.gongkai.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.publish.OutputTree;

/**
 * A file that depends on every document (the sitemap, the 目录 as CSV and JSON), which {@code
 * serve}'s kept renderer writes after every save into the same folder, most often with the same
 * content: while it is made of the same things and still there, it is left as it is and counted as
 * written (the sitemap of 12,000 pages is a megabyte). Only in a folder of plain files, the
 * preview's: a build writes every file into a fresh folder, with its {@code .gz}.
 */
final class SameFile {

    private final String path;
    private Path root;

    SameFile(String path) {
        this.path = path;
    }

    /**
     * Whether {@code out} holds this file as it would be written now: {@code madeOfTheSame} says it
     * is made of what it was made of when last written, into this folder. A file held is counted as
     * written.
     */
    boolean held(OutputTree out, boolean madeOfTheSame) {
        if (madeOfTheSame
                && out.root().equals(root)
                && !out.precompresses(path)
                && Files.isRegularFile(out.file(path))) {
            out.keep(path);
            return true;
        }
        return false;
    }

    /** Writes the file into {@code out}, remembering where. */
    void write(OutputTree out, byte[] data) {
        out.write(path, data);
        root = out.root();
    }

    /** Writes the file into {@code out} as UTF-8, remembering where. */
    void write(OutputTree out, String text) {
        out.write(path, text);
        root = out.root();
    }
}
