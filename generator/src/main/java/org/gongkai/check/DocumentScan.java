package org.gongkai.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
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
    private Map<PersonalData.Kind, List<Found>> personalNumbers;

    public DocumentScan(Document document) {
        this.document = document;
    }

    /**
     * Every unmasked personal number of {@code kind}: every line of the file (front matter and
     * body, public or not — an unmasked number must not sit in the repository either) and every
     * cell of its 公示 table.
     */
    List<Found> personalNumbers(PersonalData.Kind kind) {
        if (personalNumbers == null) {
            personalNumbers = walk(document);
        }
        return personalNumbers.get(kind);
    }

    private static Map<PersonalData.Kind, List<Found>> walk(Document d) {
        Map<PersonalData.Kind, List<Found>> found = new EnumMap<>(PersonalData.Kind.class);
        for (PersonalData.Kind k : PersonalData.Kind.values()) {
            found.put(k, new ArrayList<>());
        }
        List<String> lines = d.body().sourceLines();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            PersonalData.findAll(lines.get(i))
                    .forEach(
                            (kind, matches) ->
                                    matches.forEach(
                                            m ->
                                                    found.get(kind)
                                                            .add(
                                                                    new Found(
                                                                            new SourceRef(
                                                                                    d.source()
                                                                                            .file(),
                                                                                    line,
                                                                                    m.start() + 1),
                                                                            m))));
        }
        if (d.details() instanceof Details.Publicity p && p.table().isPresent()) {
            Table t = p.table().get();
            for (Table.Row row : t.rows()) {
                int column = 1;
                for (String cell : row.cells()) {
                    int at = column;
                    PersonalData.findAll(cell)
                            .forEach(
                                    (kind, matches) ->
                                            matches.forEach(
                                                    m ->
                                                            found.get(kind)
                                                                    .add(
                                                                            new Found(
                                                                                    new SourceRef(
                                                                                            t
                                                                                                    .file(),
                                                                                            row
                                                                                                    .line(),
                                                                                            at
                                                                                                    + m
                                                                                                            .start()),
                                                                                    m))));
                    column += cell.length() + 1;
                }
            }
        }
        return found;
    }
}
