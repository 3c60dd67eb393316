package org.gongkai.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Parallel;
import org.gongkai.content.Validity;
import org.gongkai.site.PublicityStatus;
import org.gongkai.site.SiteModel;

/**
 * The views of each document that depend on that document alone (and on little else, named below),
 * kept from one plan to the next: {@code serve} plans the whole site after every edit, and making
 * these again for the 9,999 documents that did not change was most of that work. Documents are told
 * apart by identity: the loader hands back the same {@link Document} for a file that did not change
 * (a record's equals would compare whole bodies). One plan at a time.
 */
final class ViewMemo {

    /** A list entry depends on its document, the document's validity and a 公示's status. */
    private record ItemEntry(
            Optional<Validity> validity, Optional<PublicityStatus> status, Views.Item item) {}

    /** A key that is equal only to itself: the document, by identity. */
    private record Ref(Document document) {
        @Override
        @SuppressWarnings("ReferenceEquality") // identity is this key's whole meaning
        public boolean equals(Object o) {
            return o instanceof Ref r && r.document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document);
        }
    }

    /**
     * Views of single documents kept from the last plan and those made or kept in this one (the
     * next plan's to keep): a document that went away takes its views with it.
     */
    static final class Kept<T> {
        private Map<Ref, T> last = Map.of();
        private Map<Ref, T> now = new ConcurrentHashMap<>();

        T get(Document d, Supplier<T> make) {
            return get(d, kept -> true, make);
        }

        /** As {@link #get(Document, Supplier)}, keeping the last view only if {@code fresh}. */
        T get(Document d, Predicate<T> fresh, Supplier<T> make) {
            Ref key = new Ref(d);
            T kept = last.get(key);
            T view = kept != null && fresh.test(kept) ? kept : make.get();
            now.put(key, view);
            return view;
        }

        void begin(boolean keep, int size) {
            if (!keep) {
                last = Map.of();
            }
            now = new ConcurrentHashMap<>(size * 2);
        }

        void end() {
            last = now;
            now = new ConcurrentHashMap<>();
        }
    }

    private IdentityHashMap<Document, ItemEntry> items = new IdentityHashMap<>();
    private List<Document> published = List.of();
    private List<String> addresses = List.of();

    /**
     * Each published document's page, the same string from plan to plan while the document stays:
     * its hash is worked out once, and the comparisons with the last plan's pages by path (which to
     * render again, the sitemap, the files to keep) find the same object.
     */
    private IdentityHashMap<Document, String> paths = new IdentityHashMap<>();

    /** Bodies, with their links to other pages: kept while every address stays. */
    private final Kept<String> bodies = new Kept<>();

    /** A body cut at its headings (decision stages): with the body it comes from. */
    private final Kept<BodySections> sections = new Kept<>();

    /** A publicity table's totals row: the document's own figures only. */
    private final Kept<List<String>> totals = new Kept<>();

    /** A 目录 row: the document's, and the site's name where it names no 发布机构. */
    private final Kept<Catalog.Row> rows = new Kept<>();

    /**
     * A document's metadata table (ViewFactory#metadata) and what it reads besides the document:
     * its validity, the date (a 征集's or 公示's status) and the document it interprets.
     */
    private record Metadata(
            Optional<Validity> validity,
            LocalDate asOf,
            Document interpreted,
            List<Views.Row> rows) {
        @SuppressWarnings("ReferenceEquality") // the same object: an unchanged document
        boolean madeOf(Optional<Validity> v, LocalDate date, Document target) {
            return validity.equals(v) && asOf.equals(date) && interpreted == target;
        }
    }

    private final Kept<Metadata> metadata = new Kept<>();

    /** Each page's head metadata, kept while its settings, meta and document stay. */
    final PageTags tags = new PageTags();

    private String siteName = "";

    /**
     * Starts a plan of {@code model}: the list entry of every published document, unchanged ones
     * from the last plan. A body's links point at other documents' pages, so bodies are kept only
     * while every published document keeps its file, id and address.
     */
    @SuppressWarnings(
            "ReferenceEquality") // the same record object is an unchanged document; equals would
    // walk bodies
    Map<Document, Views.Item> begin(SiteModel model) {
        List<String> now = new ArrayList<>(model.published().size());
        IdentityHashMap<Document, String> pathsNow =
                new IdentityHashMap<>(model.published().size());
        boolean same = model.published().size() == published.size();
        for (int i = 0; i < model.published().size(); i++) {
            Document d = model.published().get(i);
            String path = paths.get(d);
            pathsNow.put(d, path != null ? path : SitePaths.document(d));
            // the same document at the same place has the same address: only edited ones are worked
            // out
            String address = same && published.get(i) == d ? addresses.get(i) : address(d);
            same &= address.equals(addresses.size() > i ? addresses.get(i) : null);
            now.add(address);
        }
        bodies.begin(same, model.published().size());
        sections.begin(same, 256);
        totals.begin(true, 64);
        rows.begin(model.site().name().equals(siteName), model.published().size());
        metadata.begin(true, model.published().size());
        siteName = model.site().name();
        published = model.published();
        addresses = now;
        paths = pathsNow;
        ViewFactory fresh = new ViewFactory(model);
        IdentityHashMap<Document, ItemEntry> last = items;
        List<ItemEntry> entries =
                Parallel.map(
                        model.published(),
                        d -> {
                            Optional<Validity> v = model.validityOf(d.id());
                            Optional<PublicityStatus> s =
                                    ViewFactory.publicityStatus(d, model.asOf());
                            ItemEntry kept = last.get(d);
                            return kept != null
                                            && kept.validity().equals(v)
                                            && kept.status().equals(s)
                                    ? kept
                                    : new ItemEntry(v, s, fresh.item(d));
                        });
        IdentityHashMap<Document, ItemEntry> next = new IdentityHashMap<>(entries.size());
        IdentityHashMap<Document, Views.Item> out = new IdentityHashMap<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            next.put(model.published().get(i), entries.get(i));
            out.put(model.published().get(i), entries.get(i).item());
        }
        items = next;
        return out;
    }

    private static String address(Document d) {
        return d.source().file() + '\n' + d.id() + '\n' + SitePaths.document(d);
    }

    /** The page of {@code d}, a document published in this plan ({@link SitePaths#document}). */
    String path(Document d) {
        return paths.get(d);
    }

    /**
     * The body HTML of {@code d} as its page shows it; safe to call from many threads during a
     * plan.
     */
    String body(Document d, Supplier<String> make) {
        return bodies.get(d, make);
    }

    /** {@code d}'s body cut at its headings; safe to call from many threads during a plan. */
    BodySections sections(Document d, Supplier<BodySections> make) {
        return sections.get(d, make);
    }

    /** The totals row of {@code d}'s table; safe to call from many threads during a plan. */
    List<String> totals(Document d, Supplier<List<String>> make) {
        return totals.get(d, make);
    }

    /**
     * {@code d}'s metadata table, as {@code views} makes it; safe to call from many threads during
     * a plan.
     */
    List<Views.Row> metadata(Document d, SiteModel model, ViewFactory views) {
        Optional<Validity> v = model.validityOf(d.id());
        Document target =
                d.details() instanceof Details.Interpretation i
                        ? i.interprets().flatMap(model::findPublished).orElse(null)
                        : null;
        return metadata.get(
                        d,
                        kept -> kept.madeOf(v, model.asOf(), target),
                        () -> new Metadata(v, model.asOf(), target, views.metadata(d)))
                .rows();
    }

    /** {@code d}'s row of the 目录; safe to call from many threads during a plan. */
    Catalog.Row row(Document d, Supplier<Catalog.Row> make) {
        return rows.get(d, make);
    }

    /** Ends the plan: what it made is what the next one may keep. */
    void end() {
        bodies.end();
        sections.end();
        totals.end();
        rows.end();
        metadata.end();
    }
}
