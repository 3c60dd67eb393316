package org.gongkai.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an incremental build ({@code gongkai build --incremental}) remembers of the pages it wrote:
 * for each page the digest of what it was rendered from (its view, see {@code ViewDigest}), the
 * size and modification time of the files written (the page and its .gz), and the targets of its
 * links. The next incremental build with the same generator, theme and site settings (the {@link
 * #key()}) takes a page whose view has the same digest from the previous site/ — a hard link, so
 * the file keeps its time and a deploy that compares times uploads only what changed — instead of
 * rendering and compressing it again. The search index is taken the same way, whole, when nothing
 * it is made from changed (its own key); otherwise the static index keeps each shard and metadata
 * file whose fingerprint (what it is made from, see {@code StaticIndex}) is as recorded, and the
 * Lucene index is made again.
 *
 * <p>The record lives outside the site, in {@code .gongkai-cache/NAME.record} beside the output
 * folder {@code NAME} (a column inside a platform: in the platform's cache, see {@link
 * RecordPlace}), so it is never published. A page is taken only while its files are as recorded
 * (same size, same modification time to the second: a CI cache restored by tar may keep no finer
 * time); a build without {@code --incremental} deletes the record, since the site/ it leaves no
 * longer matches it.
 */
public final class BuildRecord {

    /** One page as the build that wrote it left it. */
    @SuppressWarnings(
            "ArrayRecordComponent") // compared only through sameView (Arrays.equals); never used as
    // a key
    public record Page(
            byte[] digest,
            long size,
            long modified,
            long gzSize,
            long gzModified,
            BrokenLinks.PageLinks links) {
        boolean sameView(byte[] other) {
            return Arrays.equals(digest, other);
        }
    }

    /**
     * A file the search step wrote (the Lucene index, the static index and their .gz), with the
     * fingerprint of what a static-index file was made from (0 for the others).
     */
    public record SearchFile(long size, long modified, long fingerprint) {}

    private static final int FORMAT = 3;
    private static final BuildRecord NONE = new BuildRecord("", Map.of(), "", Map.of());

    private final String key;
    private final Map<String, Page> pages;
    private final String searchKey;
    private final Map<String, SearchFile> searchFiles;

    /**
     * @param searchKey the digest of what the search step read (see {@code SearchIndexer.inputs})
     * @param searchFiles every file it wrote, by site-relative path
     */
    public BuildRecord(
            String key,
            Map<String, Page> pages,
            String searchKey,
            Map<String, SearchFile> searchFiles) {
        this.key = key;
        this.pages = pages;
        this.searchKey = searchKey;
        this.searchFiles = searchFiles;
    }

    public String searchKey() {
        return searchKey;
    }

    public Map<String, SearchFile> searchFiles() {
        return searchFiles;
    }

    public static BuildRecord none() {
        return NONE;
    }

    public String key() {
        return key;
    }

    public Map<String, Page> pages() {
        return pages;
    }

    /** Where the record of the output folder {@code out} is kept. */
    public static Path file(Path out) {
        return RecordPlace.beside(out).record();
    }

    /**
     * The record of {@code out}'s last incremental build, if it was made under {@code key};
     * otherwise (none, another generator or theme, unreadable) an empty record, and the build
     * renders every page.
     */
    public static BuildRecord read(Path out, String key) {
        return read(RecordPlace.beside(out), key);
    }

    /** As {@link #read(Path, String)}, from the record at {@code place} of the site there. */
    public static BuildRecord read(RecordPlace place, String key) {
        Path file = place.record();
        if (!Files.isRegularFile(file) || !Files.isDirectory(place.site())) {
            return NONE;
        }
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return NONE;
            }
            String[] targets = new String[in.readInt()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = in.readUTF();
            }
            int count = in.readInt();
            Map<String, Page> pages = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] digest = new byte[in.readUnsignedByte()];
                in.readFully(digest);
                long size = in.readLong();
                long modified = in.readLong();
                long gzSize = in.readLong();
                long gzModified = in.readLong();
                boolean climbs = in.readBoolean();
                String[] links = new String[in.readInt()];
                for (int j = 0; j < links.length; j++) {
                    links[j] = targets[in.readInt()];
                }
                pages.put(
                        path,
                        new Page(
                                digest,
                                size,
                                modified,
                                gzSize,
                                gzModified,
                                new BrokenLinks.PageLinks(List.of(links), climbs)));
            }
            String searchKey = in.readUTF();
            int files = in.readInt();
            Map<String, SearchFile> searchFiles = new HashMap<>(files * 2);
            for (int i = 0; i < files; i++) {
                searchFiles.put(
                        in.readUTF(), new SearchFile(in.readLong(), in.readLong(), in.readLong()));
            }
            return new BuildRecord(key, pages, searchKey, searchFiles);
        } catch (IOException | RuntimeException e) {
            return NONE; // a damaged record costs a full build, never a wrong page
        }
    }

    /**
     * Writes the record of {@code out} (to a temporary file first: a record is whole or absent).
     */
    public void write(Path out) throws IOException {
        writeTo(file(out));
    }

    /** Writes the record into {@code file}, whole or not at all. */
    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Map<String, Integer> table = new HashMap<>();
        List<String> targets = new ArrayList<>();
        Map<String, Page> sorted = new TreeMap<>(pages);
        for (Page p : sorted.values()) {
            for (String t : p.links().targets()) {
                table.computeIfAbsent(
                        t,
                        x -> {
                            targets.add(x);
                            return targets.size() - 1;
                        });
            }
        }
        try (DataOutputStream o =
                new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            o.writeInt(FORMAT);
            o.writeUTF(key);
            o.writeInt(targets.size());
            for (String t : targets) {
                o.writeUTF(t);
            }
            o.writeInt(sorted.size());
            for (Map.Entry<String, Page> e : sorted.entrySet()) {
                Page p = e.getValue();
                o.writeUTF(e.getKey());
                o.writeByte(p.digest().length);
                o.write(p.digest());
                o.writeLong(p.size());
                o.writeLong(p.modified());
                o.writeLong(p.gzSize());
                o.writeLong(p.gzModified());
                o.writeBoolean(p.links().climbs());
                o.writeInt(p.links().targets().size());
                for (String t : p.links().targets()) {
                    o.writeInt(table.get(t));
                }
            }
            o.writeUTF(searchKey);
            Map<String, SearchFile> files = new TreeMap<>(searchFiles);
            o.writeInt(files.size());
            for (Map.Entry<String, SearchFile> e : files.entrySet()) {
                o.writeUTF(e.getKey());
                o.writeLong(e.getValue().size());
                o.writeLong(e.getValue().modified());
                o.writeLong(e.getValue().fingerprint());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Where an incremental build keeps the Lucene index's blocks ({@code SearchIndexer.BLOCK}) for
     * the next one: beside the record, never in the site.
     */
    public static Path blocks(Path out) {
        return RecordPlace.beside(out).blocks();
    }

    /** Forgets the index blocks kept for {@code out}: a build that keeps no record keeps none. */
    public static void deleteBlocks(Path out) throws IOException {
        AtomicSite.deleteTree(blocks(out));
    }

    /**
     * Forgets the record of {@code out}: its site/ is about to be replaced by a build that keeps
     * none.
     */
    public static void delete(Path out) throws IOException {
        Files.deleteIfExists(file(out));
    }
}
