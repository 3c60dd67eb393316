package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.testing.Repo;

/**
 * The seed work plan from shared/samples as a careless conversion left it (headings at the wrong
 * levels, paragraphs broken at page breaks, half-width numbering, stray spaces), rendered back into
 * the office's formats: a .docx whose Word heading styles repeat the wrong levels, and a PDF.
 */
final class SeedDocument {

    private static final Pattern NUMBERED =
            Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).*");
    private static final Pattern DATE = Pattern.compile("^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$");

    private SeedDocument() {}

    static List<String> lines() throws IOException {
        return Files.readAllLines(
                        Repo.shared().resolve("samples/anzhengfa-2022-32.txt"),
                        StandardCharsets.UTF_8)
                .stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static int hashes(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n;
    }

    private static boolean signatureOrDate(List<String> lines, int i) {
        String l = lines.get(i);
        return DATE.matcher(l).matches()
                || (i + 1 < lines.size()
                        && DATE.matcher(lines.get(i + 1)).matches()
                        && l.endsWith("政府"))
                || (i + 1 < lines.size()
                        && DATE.matcher(lines.get(i + 1)).matches()
                        && l.endsWith("办公室"));
    }

    static Path docx(Path dir) throws IOException {
        DocxFixture d = new DocxFixture();
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int h = hashes(l);
            String text = l.substring(h).strip();
            if (h > 0 && !NUMBERED.matcher(text).matches()) {
                d.styled(
                        "Heading" + h,
                        text); // the wrong levels the conversion gave, as Word styles
                continue;
            }
            if (h > 0) {
                d.styled("Heading" + h, text);
            } else if (signatureOrDate(lines, i)) {
                d.right(text);
            } else {
                d.p(text);
            }
        }
        return d.save(dir, "anzhengfa-2022-32.docx");
    }

    static Path pdf(Path dir) throws IOException {
        PdfFixture p = new PdfFixture().header("安乐镇人民政府文件");
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int h = hashes(l);
            String text = l.substring(h).strip();
            boolean continuation =
                    i > 0
                            && !lines.get(i - 1).startsWith("#")
                            && !"。；：）”"
                                    .contains(
                                            lines.get(i - 1)
                                                    .substring(lines.get(i - 1).length() - 1))
                            && lines.get(i - 1).length() > 40;
            if (h == 1 || (h > 0 && !NUMBERED.matcher(text).matches())) {
                p.add(i == 0 ? PdfFixture.Kind.TITLE : PdfFixture.Kind.CENTRED, text);
            } else if (l.matches("^安政发.*号$")) {
                p.add(PdfFixture.Kind.CENTRED, text);
            } else if (signatureOrDate(lines, i)) {
                p.add(PdfFixture.Kind.RIGHT, text);
            } else if (continuation) {
                p.add(PdfFixture.Kind.FLUSH, text); // the rest of a paragraph a page break cut
            } else {
                p.add(PdfFixture.Kind.BODY, text);
            }
        }
        return p.save(dir, "anzhengfa-2022-32.pdf");
    }
}
