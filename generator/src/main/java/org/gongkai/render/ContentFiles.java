package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.ContentPath;
import org.gongkai.content.CsvCell;
import org.gongkai.content.Details;
import org.gongkai.content.Digest;
import org.gongkai.content.Document;
import org.gongkai.content.LinkTarget;
import org.gongkai.content.MediaType;
import org.gongkai.content.SiteConfig;
import org.gongkai.content.SourceRef;
import org.gongkai.publish.OutputTree;

/**
 * The files a site copies instead of rendering: the theme's assets under content-hashed names, the
 * 党政机关网站标识 icon, and each published document's attachments, data file and body images. Every file
 * from content/ passes the one resolver and the media types first ({@link #copyable}); the planner
 * asks the same gate which body images it may measure.
 */
final class ContentFiles {

    private final Path contentRoot;

    /**
     * The one resolver: what the loader and checks accepted is what gets copied, and nothing else.
     */
    private final ContentPath paths;

    private final Map<Sniffed, Boolean> sniffed = new ConcurrentHashMap<>();

    /**
     * @param contentRoot where content/ is, absolute and normalised
     */
    ContentFiles(Path contentRoot) {
        this.contentRoot = contentRoot;
        try {
            this.paths = new ContentPath(contentRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The theme's assets under content-hashed names; gongkaiCSS → assets/gongkai.HASH.css for the
     * templates.
     */
    static Map<String, String> writeAssets(Theme theme, OutputTree out) {
        Map<String, String> hashedNames = new TreeMap<>();
        theme.assets()
                .forEach(
                        (name, bytes) -> {
                            int dot = name.lastIndexOf('.');
                            // a content hash in the name: the file can be cached for a year
                            String hashed =
                                    "assets/"
                                            + name.substring(0, dot)
                                            + "."
                                            + Digest.hex(bytes).substring(0, 10)
                                            + name.substring(dot);
                            out.write(hashed, bytes);
                            hashedNames.put(
                                    name.substring(0, dot)
                                            + name.substring(dot + 1).toUpperCase(Locale.ROOT),
                                    hashed);
                        });
        return hashedNames;
    }

    /**
     * The 党政机关网站标识 icon, when site.yaml names one inside content/ (site-footer-ids reports the
     * rest).
     */
    void copyConacIcon(SiteConfig s, OutputTree out) {
        String to = SitePaths.conacIcon(s);
        if (to.isEmpty()) {
            return;
        }
        // through the one resolver and the picture types, like every file content names
        copyable(paths.file(contentRoot, s.conacIcon()), MediaType.Use.IMAGE, s.conacIcon())
                .ifPresent(from -> out.copy(from, to));
    }

    /**
     * {@code d}'s attachments, data file and body images, beside its page; the data file only with
     * {@code withData} (a 公示 whose names are off line keeps none).
     */
    void copyFiles(Document d, OutputTree out, boolean withData) {
        if (d.attachments().isEmpty()
                && !(withData && d.details() instanceof Details.Publicity)
                && d.body().links().stream().noneMatch(Body.Link::image)) {
            return; // most documents: nothing beside them, no folder to work out
        }
        String folder = SitePaths.documentFolder(d);
        for (Attachment a : d.attachments()) {
            copyable(a.target(), MediaType.Use.ATTACHMENT, a.file())
                    .ifPresent(p -> copy(p, folder + ViewFactory.fileName(a.path()), out));
        }
        if (withData
                && d.details() instanceof Details.Publicity p
                && p.data().isPresent()
                && p.table().isPresent()) {
            String data = p.data().get();
            copyable(paths.file(contentRoot, data), MediaType.Use.DATA, data)
                    .ifPresent(f -> copy(f, folder + ViewFactory.fileName(data), out));
        }
        // an image the body shows from beside its Markdown file goes beside the page, where its src
        // points; one from a folder above (no published name: the loader's one rule for "..") would
        // land outside the page's folder, and is not copied. Its target is the one the loader
        // resolved, not resolved again.
        for (var link : d.body().links()) {
            if (link.image()
                    && link.target() instanceof LinkTarget.File f
                    && f.published() != null
                    && d.attachments().stream().noneMatch(a -> a.path().equals(f.relative()))) {
                copyable(f, MediaType.Use.IMAGE, f.relative())
                        .ifPresent(file -> out.copy(file, folder + f.published()));
            }
        }
    }

    /**
     * A file from content/ into the site; a CSV with no cell a spreadsheet would run ({@link
     * CsvCell}).
     */
    private static void copy(Path source, String path, OutputTree out) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            out.copy(source, path);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] guarded = CsvCell.guard(bytes);
        if (guarded == bytes) {
            out.copy(source, path); // as written: the preview keeps a copy it made before
        } else {
            out.write(path, guarded);
        }
    }

    /**
     * An image in a body, as its src stands after link rewriting → the file in content/, for its
     * dimensions.
     */
    Optional<Path> localImage(Document d, String src) {
        if (src.isEmpty() || src.contains(":") || src.startsWith("/")) {
            return Optional.empty();
        }
        String decoded = ContentPath.decoded(src);
        for (Attachment a : d.attachments()) {
            if (ViewFactory.fileName(a.path()).equals(decoded)) {
                return copyable(a.target(), MediaType.Use.ATTACHMENT, a.file());
            }
        }
        return copyable(paths.image(folderOf(d), src), MediaType.Use.IMAGE, decoded);
    }

    private Path folderOf(Document d) {
        String file = d.source().file();
        return file.contains("/")
                ? contentRoot.resolve(file.substring(0, file.lastIndexOf('/')))
                : contentRoot;
    }

    /**
     * The file to read or copy, if the resolver and the media types allow it. The loader refused
     * the same files with findings, so a build that gets here has none; this is the renderer not
     * trusting that.
     */
    private Optional<Path> copyable(LinkTarget target, MediaType.Use use, String written) {
        if (!(target instanceof LinkTarget.File f)) {
            return Optional.empty();
        }
        try {
            // whether it is a regular file now, not when the loader looked: serve keeps documents
            // (and their attachments' targets) across saves of other files
            BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
            if (!attrs.isRegularFile() || !paths.stillInside(f.path())) {
                return Optional.empty();
            }
            Sniffed key =
                    new Sniffed(f.path(), use, written, attrs.size(), attrs.lastModifiedTime());
            boolean inert =
                    sniffed.computeIfAbsent(
                            key,
                            k ->
                                    use.refusal(f.path(), written, SourceRef.file(f.relative()))
                                            .isEmpty());
            return inert ? Optional.of(f.path()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A file's media-type verdict, by its size and time: serve copies every attachment after every
     * save, and reading each one's bytes again would cost more than the pages.
     */
    private record Sniffed(
            Path path, MediaType.Use use, String written, long size, FileTime modified) {}
}
