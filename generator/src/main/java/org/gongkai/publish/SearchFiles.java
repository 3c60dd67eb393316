package org.gongkai.publish;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the search step writes: the output tree, and which search files made before may stand in
 * for the ones this build would make from the same inputs (each static-index file's fingerprint).
 * What may be kept is the reuse policy's: nothing for a cold build, the last site's files for an
 * incremental one, the folder's own files for the preview.
 */
public final class SearchFiles {

    /** The search files a build may keep instead of writing them again. */
    public interface Kept {
        /**
         * Whether any file may be kept: otherwise the search step need not work out what to keep.
         */
        boolean any();

        /**
         * Puts the file made before at {@code path} into {@code out} when it was made from {@code
         * fingerprint}.
         */
        boolean keep(OutputTree out, String path, long fingerprint);
    }

    private static final Kept NOTHING =
            new Kept() {
                @Override
                public boolean any() {
                    return false;
                }

                @Override
                public boolean keep(OutputTree out, String path, long fingerprint) {
                    return false;
                }
            };

    private final OutputTree out;
    private final Kept kept;

    /** What each search file written or kept was made from, for the next build to keep it. */
    private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();

    public SearchFiles(OutputTree out, Kept kept) {
        this.out = out;
        this.kept = kept;
    }

    /** Every search file written anew. */
    public static SearchFiles fresh(OutputTree out) {
        return new SearchFiles(out, NOTHING);
    }

    /**
     * For a tree written over its own last output (the preview): the files {@code fingerprints}
     * lists stay where they are when made from the same.
     */
    public static Kept inPlace(Map<String, Long> fingerprints) {
        Map<String, Long> there = Map.copyOf(fingerprints);
        return new Kept() {
            @Override
            public boolean any() {
                return !there.isEmpty();
            }

            @Override
            public boolean keep(OutputTree out, String path, long fingerprint) {
                Long made = there.get(path);
                if (made == null || made != fingerprint || !Files.isRegularFile(out.file(path))) {
                    return false;
                }
                out.keep(path);
                return true;
            }
        };
    }

    public OutputTree tree() {
        return out;
    }

    public void write(String path, byte[] data) {
        out.write(path, data);
    }

    /** Whether {@link #keepSearchFile} may find anything to keep. */
    public boolean keepsSearchFiles() {
        return kept.any();
    }

    /**
     * Keeps the file made before at {@code path} when made from {@code fingerprint}; false (nothing
     * kept): write it.
     */
    public boolean keepSearchFile(String path, long fingerprint) {
        if (!kept.keep(out, path, fingerprint)) {
            return false;
        }
        fingerprints.put(path, fingerprint);
        return true;
    }

    /**
     * Writes a search file made from {@code fingerprint}, and remembers that for the next build to
     * keep it.
     */
    public void writeSearchFile(String path, byte[] data, long fingerprint) {
        out.write(path, data);
        fingerprints.put(path, fingerprint);
    }

    /** Records that a file taken whole from a build before was made from {@code fingerprint}. */
    void taken(String path, long fingerprint) {
        fingerprints.put(path, fingerprint);
    }

    /** What each search file written or kept was made from. */
    public Map<String, Long> fingerprints() {
        return Map.copyOf(fingerprints);
    }
}
