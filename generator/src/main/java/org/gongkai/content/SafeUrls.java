package org.gongkai.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link and image addresses a page may carry. commonmark's default lets {@code data:} through
 * for links and images alike; a {@code data:text/html} link is a script in all but name, an SVG
 * image can embed one, and an absolute image address is a request to a third party (the CSP would
 * block it, so the image would only show broken). Links: web, mail and phone addresses and paths in
 * the column. Images: files in the column, or an inline raster image.
 */
public final class SafeUrls implements UrlSanitizer {

    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern RASTER_DATA =
            Pattern.compile(
                    "^data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=]*$",
                    Pattern.CASE_INSENSITIVE);

    @Override
    public String sanitizeLinkUrl(String url) {
        var column = LinkTarget.Column.parse(browserView(url));
        if (column.isPresent()) {
            return LinkTarget.Column.PLACEHOLDER
                    + column.get().key(); // another column's document: the platform links it
        }
        return isSafeLink(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return isSafeImage(url) ? url : "";
    }

    public static boolean isSafeLink(String url) {
        String u = browserView(url);
        String scheme = scheme(u);
        return scheme == null ? !u.startsWith("\\") : LINK_SCHEMES.contains(scheme);
    }

    public static boolean isSafeImage(String url) {
        String u = browserView(url);
        if (scheme(u) == null) {
            return !u.startsWith("//") && !u.startsWith("\\");
        }
        return RASTER_DATA.matcher(u).matches();
    }

    /** The scheme in lower case, or null for a path. */
    static String scheme(String browserView) {
        var m = SCHEME.matcher(browserView);
        return m.find() ? browserView.substring(0, m.end() - 1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The address as a browser reads it: browsers drop leading and trailing spaces and control
     * characters and ignore tabs and line breaks anywhere, so {@code "java\tscript:"} is {@code
     * javascript:}.
     */
    static String browserView(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F) {
                sb.append(c);
            } else if (c == ' ' && sb.length() > 0) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
