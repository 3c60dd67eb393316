package org.gongkai.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;
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

    /**
     * One row as a CSV line (with its CRLF) and as a JSON object, in UTF-8: the files are joined
     * from these bytes, so an unchanged row is neither encoded nor converted again.
     */
    @SuppressWarnings("ArrayRecordComponent") // never compared: only looked up by its row
    private record Encoded(byte[] csv, byte[] json) {}

    private static final byte[] CSV_HEAD =
            // spreadsheet programs need the BOM to read UTF-8 Chinese
            ("\uFEFF" + String.join(",", Catalog.COLUMNS) + "\r\n").getBytes(UTF_8);

    private IdentityHashMap<Catalog.Row, Encoded> last = new IdentityHashMap<>();
    private String lastBase = "";

    /** Writes {@code rows} as mulu.csv and mulu.json into {@code out}. */
    synchronized void write(List<Catalog.Row> rows, String base, OutputTree out) {
        IdentityHashMap<Catalog.Row, Encoded> kept =
                base.equals(lastBase) ? last : new IdentityHashMap<>();
        IdentityHashMap<Catalog.Row, Encoded> now = new IdentityHashMap<>(rows.size() * 2);
        List<Encoded> encoded = new ArrayList<>(rows.size());
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
                encoded.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        last = now;
        lastBase = base;
        out.write(SitePaths.CATALOG_CSV, join(CSV_HEAD, encoded, Encoded::csv, "", ""));
        out.write(
                SitePaths.CATALOG_JSON,
                join("[".getBytes(UTF_8), encoded, Encoded::json, ",", "]"));
    }

    /** {@code head}, each row's part with {@code separator} between them, and {@code tail}. */
    private static byte[] join(
            byte[] head,
            List<Encoded> rows,
            Function<Encoded, byte[]> part,
            String separator,
            String tail) {
        ByteArrayOutputStream file = new ByteArrayOutputStream(rows.size() * 384);
        file.writeBytes(head);
        byte[] between = separator.getBytes(UTF_8);
        for (int i = 0; i < rows.size(); i++) {
            file.writeBytes(i == 0 ? new byte[0] : between);
            file.writeBytes(part.apply(rows.get(i)));
        }
        file.writeBytes(tail.getBytes(UTF_8));
        return file.toByteArray();
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
        return new Encoded(
                csv.append("\r\n").toString().getBytes(UTF_8),
                objects.getBuffer().substring(start).getBytes(UTF_8));
    }

    /**
     * Every column of the catalog is text: {@link CsvCell}'s rule with no exception for numbers.
     */
    static String cell(String v) {
        return CsvCell.text(v).field();
    }
}
