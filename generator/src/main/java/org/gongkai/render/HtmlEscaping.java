package org.gongkai.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escape by default: every value a template prints is HTML-escaped, except references whose last name
 * ends in {@code Html} (the sanitised body) or {@code Json}/{@code Raw} (already encoded by Java code).
 */
final class HtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null;
        }
        String ref = reference.replace("}", "").replace("!", "");
        if (ref.endsWith("Html") || ref.endsWith("Json") || ref.endsWith("Raw")) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** Only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Chinese text and punctuation stay as they are. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
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
