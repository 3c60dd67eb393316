package org.gongkai.importer;

import java.util.regex.Pattern;

/**
 * A picture from a Word file, as PNG or JPEG bytes, to be written beside the imported document.
 *
 * @param data the image, PNG or JPEG
 * @param extension "png" or "jpg"
 * @param origin where it stood ("第 5 段")
 */
@SuppressWarnings(
        "ArrayRecordComponent") // bytes to write out; a picture is never compared or used as a key
public record Picture(byte[] data, String extension, String origin) {

    /** Picture {@code n} (1-based) in paragraph text, between two private-use characters. */
    static String mark(int n) {
        return "\uE002" + n + "\uE003";
    }

    static final Pattern MARK = Pattern.compile("\uE002([0-9]+)\uE003");
}
