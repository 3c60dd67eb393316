package org.gongkai.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
    private List<Catalog.Row> lastRows = List.of();
    private final SameFile csv = new SameFile(SitePaths.CATALOG_CSV);
    private final SameFile json = new SameFile(SitePaths.CATALOG_JSON);

    /** Writes {@code rows} as mulu.csv and mulu.json into {@code out}. */
    synchronized void write(List<Catalog.Row> rows, String base, OutputTree out) {
        boolean same = base.equals(lastBase) && sameRows(rows, lastRows);
        lastRows = List.copyOf(rows); // the plan's list is immutable already: not copied
        // a save that changed no row (a body edited): the files are as they were
        boolean csvHeld = csv.held(out, same);
        boolean jsonHeld = json.held(out, same);
        if (csvHeld && jsonHeld) {
            return;
        }
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
        csv.write(out, join(CSV_HEAD, encoded, Encoded::csv, "", ""));
        json.write(out, join("[".getBytes(UTF_8), encoded, Encoded::json, ",", "]"));
    }

    /** The same row objects in the same order: a row is remade whenever its document changed. */
    @SuppressWarnings("ReferenceEquality") // identity is the point: see above
    private static boolean sameRows(List<Catalog.Row> rows, List<Catalog.Row> before) {
        if (rows.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != before.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code head}, each row's part with {@code separator} between them, and {@code tail}, in one
     * array of the file's size: several MB at 10,000 documents, made after every save in serve.
     */
    private static byte[] join(
            byte[] head,
            List<Encoded> rows,
            Function<Encoded, byte[]> part,
            String separator,
            String tail) {
        byte[] between = separator.getBytes(UTF_8);
        byte[] end = tail.getBytes(UTF_8);
        long size = head.length + end.length + (long) between.length * Math.max(0, rows.size() - 1);
        for (Encoded r : rows) {
            size += part.apply(r).length;
        }
        byte[] file = new byte[Math.toIntExact(size)];
        int at = put(head, file, 0);
        for (int i = 0; i < rows.size(); i++) {
            at = put(part.apply(rows.get(i)), file, i == 0 ? at : put(between, file, at));
        }
        put(end, file, at);
        return file;
    }

    /** Copies {@code bytes} into {@code file} at {@code at}; where the next part goes. */
    private static int put(byte[] bytes, byte[] file, int at) {
        System.arraycopy(bytes, 0, file, at, bytes.length);
        return at + bytes.length;
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
