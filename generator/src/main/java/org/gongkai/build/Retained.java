package org.gongkai.build;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gongkai.check.Checker;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.DocumentFiles;

/**
 * What {@code serve} keeps from one check to the next, so that an edit costs what it changed: each
 * document as read (by path relative to content/), the listing of document files, and each
 * document's findings. The owner drops what a change made stale; the loader and the checker fill
 * the rest in.
 */
public record Retained(
        ConcurrentMap<String, ContentLoader.Loaded> documents,
        DocumentFiles files,
        Checker.Memo findings) {

    /** Nothing kept yet: the first check reads, walks and checks everything. */
    public static Retained empty() {
        return new Retained(new ConcurrentHashMap<>(), new DocumentFiles(), new Checker.Memo());
    }
}
