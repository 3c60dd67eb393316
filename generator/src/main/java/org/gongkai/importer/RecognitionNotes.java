package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the steps of {@link LayoutRecognizer} tell the editor about one document: what they changed,
 * what they doubt, and what they left out.
 */
final class RecognitionNotes {
    final List<String> repairs = new ArrayList<>();
    final List<String> doubts = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    RecognitionNotes(SourceText source) {
        dropped.addAll(source.dropped());
        doubts.addAll(source.doubts());
    }
}
