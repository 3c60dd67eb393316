package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class HeadPositionsTest {

    /** Title and 文号 of each document, one segment: term positions are the words' places. */
    private static final List<List<String>> DOCS =
            List.of(
                    List.of("alpha beta gamma", ""),
                    List.of("beta alpha", "gamma"),
                    List.of("x alpha", "beta"),
                    List.of("alpha beta", ""),
                    List.of("nothing here", "beta gamma"));

    @Test
    void pairsAreCountedForEachDocumentReadingForwardOnly() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader leaf = only(reader);
            HeadPositions heads = new HeadPositions(leaf, List.of("alpha", "beta", "gamma"));
            List<Integer> pairs = new ArrayList<>();
            for (int doc = 0; doc < DOCS.size(); doc++) {
                pairs.add(heads.pairs(doc));
            }
            // doc 4: beta and gamma side by side in the 文号 count as a pair there
            assertEquals(List.of(2, 0, 0, 1, 1), pairs);
        }
    }

    @Test
    void askingTheSameDocumentAgainGivesTheSameCount() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            HeadPositions heads = new HeadPositions(only(reader), List.of("alpha", "beta"));
            assertEquals(1, heads.pairs(3));
            assertEquals(1, heads.pairs(3), "the positions were read once and kept");
            assertThrows(IllegalArgumentException.class, () -> heads.pairs(0));
        }
    }

    @Test
    void aRepeatedTermAndSkippedDocumentsMatchAFreshReaderPerDocument() throws IOException {
        List<String> sequence = List.of("alpha", "beta", "alpha", "gamma");
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader leaf = only(reader);
            HeadPositions forward = new HeadPositions(leaf, sequence);
            for (int doc : new int[] {1, 3, 4}) {
                assertEquals(
                        new HeadPositions(leaf, sequence).pairs(doc),
                        forward.pairs(doc),
                        "document " + doc);
            }
            assertEquals(1, new HeadPositions(leaf, sequence).pairs(0));
            assertEquals(0, new HeadPositions(leaf, List.of("absent", "alpha")).pairs(0));
        }
    }

    private static LeafReader only(DirectoryReader reader) {
        assertEquals(1, reader.leaves().size(), "one segment");
        return reader.leaves().get(0).reader();
    }

    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (List<String> d : DOCS) {
                Document doc = new Document();
                doc.add(new TextField(SearchSchema.TITLE, d.get(0), Field.Store.NO));
                doc.add(new TextField(SearchSchema.DOC_NUMBER, d.get(1), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        return dir;
    }
}
