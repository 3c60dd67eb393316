package org.gongkai.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escape by default: every value a template prints is HTML-escaped, except references whose last
 * name ends in {@code Html} (the sanitised body) or {@code Json}/{@code Raw} (already encoded by
 * Java code).
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {

    /** Public for Velocity, which makes the engine's one handler from this class's name. */
    public HtmlEscaping() {}

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null;
        }
        return RAW.computeIfAbsent(reference, HtmlEscaping::isRaw)
                ? value
                : escape(String.valueOf(value));
    }

    /**
     * The decision for each reference as the templates write it ({@code $page.bodyHtml}, {@code
     * $!{view.title}}): a template's references are a fixed set, and a page inserts hundreds of
     * values; deciding once, not rewriting the reference's text for every insertion of every page.
     */
    private static final Map<String, Boolean> RAW = new ConcurrentHashMap<>();

    static boolean isRaw(String reference) {
        String ref = reference.replace("}", "").replace("!", "");
        return ref.endsWith("Html") || ref.endsWith("Json") || ref.endsWith("Raw");
    }

    /**
     * Only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Chinese text and punctuation stay as
     * they are.
     */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
