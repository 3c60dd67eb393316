package org.gongkai.importer;

/**
 * The file could not be read as a document at all: not a .docx or PDF, damaged, or protected by a
 * password. The message is for the editor, in Chinese, and says what to do.
 */
public final class UnreadableDocument extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocument(String message) {
        super(message);
    }

    public UnreadableDocument(String message, Throwable cause) {
        super(message, cause);
    }
}
