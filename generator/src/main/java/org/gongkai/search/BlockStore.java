package org.gongkai.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.IOUtils;
import org.gongkai.publish.AtomicSite;

/**
 * The index of record's blocks (see {@link SearchIndexer#BLOCK}) kept from one build to the next,
 * each by the digest of what it was made from: a block whose documents did not change is taken from
 * here instead of indexed again. {@code serve} keeps them in memory; {@code build --incremental} on
 * disk beside its record ({@code .gongkai-cache/NAME.lucene/}), never in the published site.
 */
public abstract class BlockStore implements AutoCloseable {

    /**
     * The block index made from {@code key}, if kept. It stays the store's: the caller does not
     * close it.
     */
    abstract Optional<Directory> find(String key) throws IOException;

    /** Keeps a copy of a block index just made from {@code key}. */
    abstract void keep(String key, Directory block) throws IOException;

    /** Forgets every block but those made from {@code keys}. */
    abstract void retain(Set<String> keys) throws IOException;

    @Override
    public void close() throws IOException {}

    /** Whether this store keeps anything: when not, a build need not work out the blocks' keys. */
    public boolean keeps() {
        return true;
    }

    /** Keeps nothing: every block is indexed. */
    public static BlockStore none() {
        return new BlockStore() {
            @Override
            public boolean keeps() {
                return false;
            }

            @Override
            Optional<Directory> find(String key) {
                return Optional.empty();
            }

            @Override
            void keep(String key, Directory block) {}

            @Override
            void retain(Set<String> keys) {}
        };
    }

    /** For a long-running process (the preview): blocks in memory, for the life of the store. */
    public static BlockStore inMemory() {
        return new BlockStore() {
            private final Map<String, Directory> blocks = new HashMap<>();

            @Override
            synchronized Optional<Directory> find(String key) {
                return Optional.ofNullable(blocks.get(key));
            }

            @Override
            void keep(String key, Directory block) throws IOException {
                Directory copy = new ByteBuffersDirectory();
                copy(block, copy);
                synchronized (this) {
                    Directory old = blocks.put(key, copy);
                    if (old != null) {
                        old.close();
                    }
                }
            }

            @Override
            synchronized void retain(Set<String> keys) throws IOException {
                for (String key : List.copyOf(blocks.keySet())) {
                    if (!keys.contains(key)) {
                        blocks.remove(key).close();
                    }
                }
            }

            @Override
            public synchronized void close() throws IOException {
                retain(Set.of());
            }
        };
    }

    /**
     * In {@code folder}, one sub-folder per block named by its key, written under a temporary name
     * and renamed when whole: a build killed while writing one leaves no block that looks complete.
     * A block read back is checked against Lucene's checksums first (a CI cache can come back
     * damaged): one that fails is deleted and indexed again, as a damaged record costs a full
     * build, never a wrong index.
     */
    public static BlockStore onDisk(Path folder) {
        return new BlockStore() {
            private final List<Directory> opened = new ArrayList<>();

            @Override
            synchronized Optional<Directory> find(String key) throws IOException {
                Path block = folder.resolve(key);
                if (!Files.isDirectory(block)) {
                    return Optional.empty();
                }
                Directory dir = FSDirectory.open(block);
                opened.add(dir);
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                } catch (IOException | RuntimeException damaged) {
                    delete(block);
                    return Optional.empty();
                }
                return Optional.of(dir);
            }

            @Override
            void keep(String key, Directory block) throws IOException {
                Files.createDirectories(folder);
                Path tmp = Files.createTempDirectory(folder, key + ".tmp");
                try (Directory out = FSDirectory.open(tmp)) {
                    copy(block, out);
                }
                try {
                    Files.move(tmp, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    delete(tmp); // another build's copy of the same block got there first
                }
            }

            @Override
            void retain(Set<String> keys) throws IOException {
                if (!Files.isDirectory(folder)) {
                    return;
                }
                try (Stream<Path> list = Files.list(folder)) {
                    for (Path p : list.toList()) {
                        if (!keys.contains(p.getFileName().toString())) {
                            delete(p);
                        }
                    }
                }
            }

            @Override
            public synchronized void close() throws IOException {
                IOUtils.close(opened);
                opened.clear();
            }
        };
    }

    private static void copy(Directory from, Directory to) throws IOException {
        for (String name : from.listAll()) {
            to.copyFrom(from, name, name, IOContext.DEFAULT);
        }
    }

    private static void delete(Path tree) throws IOException {
        AtomicSite.deleteTree(tree);
    }
}
