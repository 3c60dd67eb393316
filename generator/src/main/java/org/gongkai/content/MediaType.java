package org.gongkai.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * What a file copied into the site really is, decided by its bytes (magic numbers), not its name. A
 * static host serves a file by its name, and a browser that is not told {@code nosniff} guesses
 * from the bytes: an "image" that is an SVG, or a ".pdf" that is an HTML page, runs its script with
 * the column's authority. So every copied file must be one of a short list of inert types, and its
 * name must say the type it is.
 */
public enum MediaType {
    PNG("PNG 图片", "png"),
    JPEG("JPEG 图片", "jpg", "jpeg"),
    GIF("GIF 图片", "gif"),
    WEBP("WebP 图片", "webp"),
    PDF("PDF 文档", "pdf"),
    OFD("OFD 版式文档", "ofd"),
    /** Word, Excel and PowerPoint since 2007: a ZIP with {@code [Content_Types].xml}. */
    OFFICE_OPEN_XML("Office 文档（DOCX/XLSX/PPTX）", "docx", "xlsx", "pptx"),
    /** Word and Excel 97–2003 and WPS: the OLE2 compound file. */
    OFFICE_COMPOUND("Office/WPS 文档（DOC/XLS/WPS/ET）", "doc", "xls", "ppt", "wps", "et", "dps"),
    ZIP("ZIP 压缩包", "zip"),
    /** UTF-8 or GB18030 text without markup. */
    TEXT("纯文本", "csv", "txt"),
    // what a browser runs or renders as a page: never copied
    HTML("HTML 网页"),
    SVG("SVG 图形（可含脚本）"),
    XML("XML 文件（浏览器可按网页处理）"),
    UNKNOWN("无法识别的文件");

    /** Body images: what an {@code <img>} shows and cannot run. */
    public static final Set<MediaType> IMAGES = EnumSet.of(PNG, JPEG, GIF, WEBP);

    /** Attachments: the formats government documents come in, images, archives, plain text. */
    public static final Set<MediaType> ATTACHMENTS =
            EnumSet.of(PNG, JPEG, GIF, WEBP, PDF, OFD, OFFICE_OPEN_XML, OFFICE_COMPOUND, ZIP, TEXT);

    /** Types a browser runs: an attachment of one of them is active content, not a wrong format. */
    public static final Set<MediaType> ACTIVE = EnumSet.of(HTML, SVG, XML);

    /**
     * A text file is read whole to be sure of it; larger ones are not plain text a resident reads.
     */
    static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;

    private static final int HEAD = 4096;

    private final String label;

    @SuppressWarnings(
            "ImmutableEnumChecker") // List.of: unmodifiable; the checker knows only Guava's
    // immutable types
    private final List<String> extensions;

    MediaType(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** How a message names the type to an editor. */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * Whether a file of this type may be named {@code fileName} ({@code .jpg} for JPEG, not {@code
     * .html}).
     */
    public boolean named(String fileName) {
        return extensions.contains(extension(fileName));
    }

    static String extension(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** The type of {@code file} by its content. */
    public static MediaType of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        Optional<MediaType> binary = binary(head);
        if (binary.isPresent()) {
            if (binary.get() == ZIP) {
                return container(file);
            }
            return binary.get();
        }
        if (Files.size(file) > MAX_TEXT_BYTES) {
            return UNKNOWN;
        }
        return text(Files.readAllBytes(file));
    }

    /** By magic number: the formats that say what they are in their first bytes. */
    static Optional<MediaType> binary(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a')
                || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(OFFICE_COMPOUND);
        }
        if (starts(b, 0, 'P', 'K', 3, 4) || starts(b, 0, 'P', 'K', 5, 6)) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    /** A ZIP is an Office document if it has [Content_Types].xml, an OFD if it has OFD.xml. */
    private static MediaType container(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return OFFICE_OPEN_XML;
            }
            if (zip.getEntry("OFD.xml") != null) {
                return OFD;
            }
            return ZIP;
        } catch (IOException e) {
            return ZIP; // an unreadable archive is still an archive to a browser: it downloads it
        }
    }

    /**
     * Text a browser shows as text: UTF-8 (with or without BOM) or GB18030, no NUL, and no markup —
     * a {@code <} that opens a tag, comment or declaration is what makes a browser that sniffs
     * treat a ".txt" as a page.
     */
    static MediaType text(byte[] bytes) {
        String s = decode(bytes);
        if (s == null || s.indexOf('\0') >= 0) {
            return UNKNOWN;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String start = lower.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (lower.contains("<svg")) {
            return SVG;
        }
        for (int i = lower.indexOf('<');
                i >= 0 && i + 1 < lower.length();
                i = lower.indexOf('<', i + 1)) {
            char next = lower.charAt(i + 1);
            if ((next >= 'a' && next <= 'z') || next == '!' || next == '/' || next == '?') {
                return start.startsWith("<?xml")
                                && !lower.contains("<html")
                                && !lower.contains("<script")
                        ? XML
                        : HTML;
            }
        }
        return TEXT;
    }

    private static String decode(byte[] bytes) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                // the next encoding
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if ((b[at + k] & 0xFF) != magic[k]) {
                return false;
            }
        }
        return true;
    }

    /** How a file is used, which decides the types it may be. */
    public enum Use {
        IMAGE("图片", "image-type", IMAGES),
        ATTACHMENT("附件", "attachment-type", ATTACHMENTS),
        DATA("数据文件", "data-not-csv", EnumSet.of(TEXT));

        private final String label;
        private final String rule;

        @SuppressWarnings(
                "ImmutableEnumChecker") // an unmodifiable view; the checker knows only Guava's
        // immutable types
        private final Set<MediaType> allowed;

        Use(String label, String rule, Set<MediaType> allowed) {
            this.label = label;
            this.rule = rule;
            this.allowed = Collections.unmodifiableSet(allowed);
        }

        /**
         * Why {@code file}, named {@code written}, may not be copied into the site for this use;
         * empty when it may. A missing file is not refused here (whoever needs it reports it
         * missing).
         */
        public Optional<Finding> refusal(Path file, String written, SourceRef where) {
            return refusal(file, written, written, where);
        }

        /**
         * As above, with the name the file is published under ({@code name}) apart from how it was
         * written.
         */
        public Optional<Finding> refusal(Path file, String written, String name, SourceRef where) {
            MediaType type;
            try {
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                type = of(file);
            } catch (IOException e) {
                return Optional.of(
                        Finding.error(
                                rule, where, label + "“" + written + "”无法读取：" + e.getMessage()));
            }
            String ext = extension(name);
            String shown = label + "“" + written.strip() + "”";
            if (!allowed.contains(type)) {
                String rule =
                        this != IMAGE && ACTIVE.contains(type)
                                ? "attachment-active-content"
                                : this.rule;
                // a name that promises a harmless type is worth saying: the editor may not know
                // what they have
                boolean disguised = ATTACHMENTS.stream().anyMatch(t -> t.named(name));
                String why = ACTIVE.contains(type) ? "浏览器打开时会运行其中的脚本，而静态网站无法强制下载" : "不是网站可以发布的格式";
                return Optional.of(
                        Finding.error(
                                rule,
                                where,
                                really(shown, type)
                                        + (disguised ? "（文件名却是 ." + ext + "）" : "")
                                        + "，"
                                        + why
                                        + "；"
                                        + advice()));
            }
            if (this == DATA && !ext.equals("csv")) {
                return Optional.of(
                        Finding.error(rule, where, shown + "应是 .csv 文件（逗号分隔的表格）；" + advice()));
            }
            if (!type.named(name)) {
                return Optional.of(
                        Finding.error(
                                rule,
                                where,
                                really(shown, type)
                                        + "，文件名却是 ."
                                        + (ext.isEmpty() ? "（无扩展名）" : ext)
                                        + "：网站按文件名告诉浏览器文件类型，请把文件名改为 ."
                                        + type.extensions().get(0)
                                        + " 结尾"));
            }
            return Optional.empty();
        }

        /** The file as written, and what it really is. */
        private static String really(String shown, MediaType type) {
            return shown + "其实是" + spaced(type);
        }

        /** "HTML 网页" takes a space after Chinese text, "无法识别的文件" none. */
        private static String spaced(MediaType type) {
            char c = type.label().charAt(0);
            return (c < 0x80 ? " " : "") + type.label();
        }

        private String advice() {
            return switch (this) {
                case IMAGE -> "图片只能是 PNG、JPEG、GIF 或 WebP；请用画图或截图工具另存为 PNG 或 JPEG";
                case ATTACHMENT ->
                        "附件只能是 PDF、OFD、Word/Excel/PowerPoint（DOCX/XLSX/PPTX/DOC/XLS）、WPS、"
                                + "图片、ZIP 或纯文本（TXT/CSV）；请转换为 PDF 后再附上";
                case DATA -> "公示数据只能是 CSV：请在 Excel 或 WPS 中“另存为”CSV（UTF-8，逗号分隔）";
            };
        }
    }
}
