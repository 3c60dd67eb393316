package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.gongkai.content.ContentLoader;
import org.gongkai.site.SiteModel;
import org.gongkai.site.SiteResolver;
import org.gongkai.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene index is made of blocks of {@link SearchIndexer#BLOCK} documents: after an edit, only
 * the edited document's block is indexed again, the others are taken from the store — and the index
 * is what indexing everything gives (the same documents, terms, postings and norms, and files of
 * the same sizes).
 */
class BlockStoreTest {

    /**
     * Smaller than {@link SearchIndexer#BLOCK}, so that a corpus the suite can afford has two
     * blocks.
     */
    static final int BLOCK_SIZE = 1024;

    private static Path content;

    @BeforeAll
    static void corpus() {
        content = Repo.corpus(2000); // about 1,900 published: two blocks of BLOCK_SIZE
    }

    @Test
    void anEditReindexesOnlyItsBlockInMemory() throws IOException {
        try (BlockStore memory = BlockStore.inMemory()) {
            editAndCompare(memory);
        }
    }

    @Test
    void anEditReindexesOnlyItsBlockOnDisk(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("site.lucene");
        try (BlockStore disk = BlockStore.onDisk(folder)) {
            editAndCompare(disk);
        }
        try (var list = Files.list(folder)) {
            assertEquals(2, list.count(), "the folder keeps the current blocks only");
        }
    }

    @Test
    @SuppressWarnings("try") // the index is made for what it leaves in the store, then closed
    void aDamagedBlockOnDiskIsIndexedAgain(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("site.lucene");
        SiteModel model = model();
        try (BlockStore disk = BlockStore.onDisk(folder);
                Directory first =
                        SearchIndexer.index(model, disk, BLOCK_SIZE, Optional.of(keys(model)))) {
            assertEquals(2, keys(model).size());
        }
        // a byte flipped in the middle of the largest file of one block, as a damaged cache would
        // have it
        Path block = folder.resolve(keys(model).get(0));
        Path largest;
        try (var files = Files.list(block)) {
            largest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(largest, bytes);
        Counting store = new Counting(BlockStore.onDisk(folder));
        try (store;
                Directory again =
                        SearchIndexer.index(model, store, BLOCK_SIZE, Optional.of(keys(model)));
                Directory whole =
                        SearchIndexer.index(
                                model, BlockStore.none(), BLOCK_SIZE, Optional.empty())) {
            assertEquals(
                    1, store.taken.get(), "the damaged block is indexed again, the other taken");
            assertEquals(SearchPhaseBench.digest(whole), SearchPhaseBench.digest(again));
        }
    }

    @SuppressWarnings("try") // the first index is made for what it leaves in the store, then closed
    private void editAndCompare(BlockStore inner) throws IOException {
        Counting store = new Counting(inner);
        SiteModel before = model();
        assertEquals(2, (before.published().size() + BLOCK_SIZE - 1) / BLOCK_SIZE);
        try (Directory first =
                SearchIndexer.index(before, store, BLOCK_SIZE, Optional.of(keys(before)))) {
            assertEquals(0, store.taken.get(), "nothing kept yet");
        }
        // the oldest policy: in the first block
        Path oldest = content.resolve("policies/2016/2016-00001.md");
        String text = Files.readString(oldest);
        Files.writeString(oldest, text.replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
        try {
            SiteModel after = model();
            try (Directory again =
                            SearchIndexer.index(
                                    after, store, BLOCK_SIZE, Optional.of(keys(after)));
                    Directory whole =
                            SearchIndexer.index(
                                    after, BlockStore.none(), BLOCK_SIZE, Optional.empty())) {
                assertEquals(
                        1, store.taken.get(), "the second block is taken, the first indexed again");
                assertEquals(SearchPhaseBench.digest(whole), SearchPhaseBench.digest(again));
                assertEquals(sizes(whole), sizes(again));
            }
        } finally {
            Files.writeString(oldest, text);
        }
    }

    private static SiteModel model() throws IOException {
        return SiteResolver.resolve(
                        new ContentLoader().load(content, new ConcurrentHashMap<>()),
                        LocalDate.of(2026, 11, 28))
                .model();
    }

    private static List<String> keys(SiteModel model) {
        return SearchIndexer.inputs(model, BLOCK_SIZE).blocks();
    }

    private static Map<String, Long> sizes(Directory dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (String name : dir.listAll()) {
            out.put(name, dir.fileLength(name));
        }
        return out;
    }

    /** Counts the blocks taken from the store it wraps. */
    private static final class Counting extends BlockStore {
        final BlockStore inner;
        final AtomicInteger taken = new AtomicInteger();

        Counting(BlockStore inner) {
            this.inner = inner;
        }

        @Override
        Optional<Directory> find(String key) throws IOException {
            Optional<Directory> found = inner.find(key);
            found.ifPresent(d -> taken.incrementAndGet());
            return found;
        }

        @Override
        void keep(String key, Directory block) throws IOException {
            inner.keep(key, block);
        }

        @Override
        void retain(Set<String> keys) throws IOException {
            inner.retain(keys);
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
