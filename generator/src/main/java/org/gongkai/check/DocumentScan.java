package org.gongkai.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.ScanBuffer;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Table;

/**
 * What several rules read from one document, worked out at most once: the checker makes one per
 * document and hands it to each document rule in turn. The three personal-number rules share one
 * walk of every line this way (three walks, and a substring per line each, were the most of their
 * time). Belongs to the thread checking its document, so it needs no locking.
 */
public final class DocumentScan {

    /** A personal number and where it stands. */
    record Found(SourceRef where, PersonalData.Match match) {}

    private final Document document;
    private final ScanBuffer buffer;
    private Map<PersonalData.Kind, List<Found>> personalNumbers;
    private List<String> lines;

    /** A scan with a buffer of its own, for a document checked alone. */
    public DocumentScan(Document document) {
        this(document, new ScanBuffer(0));
    }

    /** A scan reading lines through {@code buffer}, its thread's: no other thread may use it. */
    public DocumentScan(Document document, ScanBuffer buffer) {
        this.document = document;
        this.buffer = buffer;
    }

    /**
     * Every unmasked personal number of {@code kind}: every line of the file (front matter and
     * body, public or not — an unmasked number must not sit in the repository either) and every
     * cell of its 公示 table.
     */
    List<Found> personalNumbers(PersonalData.Kind kind) {
        if (personalNumbers == null) {
            personalNumbers = walk(document, lines());
        }
        return personalNumbers.get(kind);
    }

    /**
     * {@code text}'s characters at [0, text.length()) of the scan's buffer, valid until the next
     * call: the rules that read every character of a line read an array, where C1, which runs the
     * build, is slow over {@code String.charAt}.
     */
    char[] chars(String text) {
        return buffer.of(text);
    }

    /**
     * The file's lines, each cut out of its text once for every rule that reads them: the
     * personal-number walk, {@code wording} and {@code stray-space} each cutting their own were 140
     * MB of substrings over a 10,000-document check.
     */
    List<String> lines() {
        if (lines == null) {
            lines = List.copyOf(document.body().sourceLines());
        }
        return lines;
    }

    private Map<PersonalData.Kind, List<Found>> walk(Document d, List<String> lines) {
        Map<PersonalData.Kind, List<Found>> found = new EnumMap<>(PersonalData.Kind.class);
        for (PersonalData.Kind k : PersonalData.Kind.values()) {
            found.put(k, new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            collect(found, lines.get(i), d.source().file(), i + 1, 1);
        }
        if (d.details() instanceof Details.Publicity p && p.table().isPresent()) {
            Table t = p.table().get();
            for (Table.Row row : t.rows()) {
                int column = 1;
                for (String cell : row.cells()) {
                    collect(found, cell, t.file(), row.line(), column);
                    column += cell.length() + 1;
                }
            }
        }
        return found;
    }

    /** What {@code text}, starting at {@code line}:{@code column} of {@code file}, holds. */
    private void collect(
            Map<PersonalData.Kind, List<Found>> found,
            String text,
            String file,
            int line,
            int column) {
        int digits = PersonalData.digits(chars(text), text.length());
        if (!PersonalData.mayHold(digits)) {
            return;
        }
        PersonalData.findAll(text, digits)
                .forEach(
                        (kind, matches) -> {
                            for (PersonalData.Match m : matches) {
                                found.get(kind)
                                        .add(
                                                new Found(
                                                        new SourceRef(
                                                                file, line, column + m.start()),
                                                        m));
                            }
                        });
    }
}
