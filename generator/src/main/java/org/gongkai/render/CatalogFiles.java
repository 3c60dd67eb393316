package org.gongkai.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import org.gongkai.content.CsvCell;
import org.gongkai.publish.OutputTree;

/**
 * The {@link Catalog}'s CSV and JSON downloads: the same rows as its pages, links absolute where
 * base_url is set. A writer kept from one build to the next (as {@code serve} keeps its renderer)
 * encodes again only the rows that changed: the planner hands back the same {@link Catalog.Row} for
 * a document that did not, and encoding 10,000 rows after every save was a tenth of an edit's work.
 */
final class CatalogFiles {

    private static final JsonFactory JSON = new JsonFactory();

    /** One row as a CSV line (with its CRLF) and as a JSON object. */
    private record Encoded(String csv, String json) {}

    private IdentityHashMap<Catalog.Row, Encoded> last = new IdentityHashMap<>();
    private String lastBase = "";

    /** Writes {@code rows} as mulu.csv and mulu.json into {@code out}. */
    synchronized void write(List<Catalog.Row> rows, String base, OutputTree out) {
        IdentityHashMap<Catalog.Row, Encoded> kept =
                base.equals(lastBase) ? last : new IdentityHashMap<>();
        IdentityHashMap<Catalog.Row, Encoded> now = new IdentityHashMap<>(rows.size() * 2);
        StringBuilder csv =
                new StringBuilder(
                        "\uFEFF"); // spreadsheet programs need the BOM to read UTF-8 Chinese
        csv.append(String.join(",", Catalog.COLUMNS)).append("\r\n");
        StringBuilder json = new StringBuilder(rows.size() * 256).append('[');
        // one generator for the rows to encode, each row an object at its root: the same bytes as
        // the objects of one array, which is what the file holds
        StringWriter objects = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(objects)) {
            g.setRootValueSeparator(null);
            for (Catalog.Row r : rows) {
                Encoded e = kept.get(r);
                if (e == null) {
                    e = encode(r, base, g, objects);
                }
                now.put(r, e);
                csv.append(e.csv());
                json.append(json.length() == 1 ? "" : ",").append(e.json());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.append(']');
        last = now;
        lastBase = base;
        out.write(SitePaths.CATALOG_CSV, csv);
        out.write(SitePaths.CATALOG_JSON, json);
    }

    private static Encoded encode(Catalog.Row r, String base, JsonGenerator g, StringWriter objects)
            throws IOException {
        String link = base.isEmpty() ? r.href() : SitePaths.absolute(base, r.href());
        List<String> cells =
                List.of(r.indexNo(), r.title(), r.summary(), r.issuer(), r.date(), link);
        StringBuilder csv = new StringBuilder();
        int start = objects.getBuffer().length();
        g.writeStartObject();
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
            g.writeStringField(Catalog.COLUMNS.get(i), cells.get(i));
        }
        g.writeEndObject();
        g.flush();
        return new Encoded(csv.append("\r\n").toString(), objects.getBuffer().substring(start));
    }

    /**
     * Every column of the catalog is text: {@link CsvCell}'s rule with no exception for numbers.
     */
    static String cell(String v) {
        return CsvCell.text(v).field();
    }
}
