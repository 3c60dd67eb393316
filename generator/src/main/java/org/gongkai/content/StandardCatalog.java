package org.gongkai.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * catalog.yaml: the 基层政务公开标准目录 the township publishes by (国办发〔2019〕54号, the 26 领域 as far as a
 * township has them, and 条例 第二十条). Each item says what is published, on what basis, within what
 * time limit and how often, and which documents fulfil it: those naming it in {@code catalog_item},
 * and those of its {@code types} or {@code topics}. A site without catalog.yaml has the built-in
 * one ({@code builtIn}: the township's 标准目录 the generator carries).
 */
public record StandardCatalog(List<Item> items, boolean builtIn) {

    public static final String FILE = "catalog.yaml";

    /** How findings and pages name the built-in catalog, which is no file of content/. */
    public static final String BUILT_IN = "内置标准目录";

    public StandardCatalog {
        items = List.copyOf(items);
    }

    /** A site's own catalog.yaml. */
    public StandardCatalog(List<Item> items) {
        this(items, false);
    }

    public static StandardCatalog empty() {
        return new StandardCatalog(List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * What fulfils each item, in the order of {@code documents}, one list per item in the order of
     * {@link #items()}. Each document looks up the items its catalog_item, type and topics name,
     * the same test as {@link Item#fulfilledBy}: asking every item of every document was 260,000
     * calls at 10,000 documents (26 items), made by the check and twice by the build.
     */
    public List<List<Document>> fulfilling(List<Document> documents) {
        Map<String, List<Integer>> byId = new HashMap<>();
        Map<DocumentType, List<Integer>> byType = new EnumMap<>(DocumentType.class);
        Map<String, List<Integer>> byTopic = new HashMap<>();
        List<List<Document>> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            byId.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(i);
            for (DocumentType t : item.types()) {
                byType.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            for (String t : item.topics()) {
                byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            out.add(new ArrayList<>());
        }
        Map<String, List<Integer>> ofTopic = new HashMap<>();
        // the index of the document each item last took, so an item named twice takes it once
        int[] taken = new int[items.size()];
        Arrays.fill(taken, -1);
        for (int n = 0; n < documents.size(); n++) {
            Document d = documents.get(n);
            if (d.catalogItem().isPresent()) {
                take(byId.get(d.catalogItem().get()), n, d, taken, out);
            }
            take(byType.get(d.type()), n, d, taken, out);
            for (String t : d.subjects().topics()) {
                // a few hundred topics on thousands of documents: each one's items found once
                take(ofTopic.computeIfAbsent(t, k -> itemsOf(k, byTopic)), n, d, taken, out);
            }
        }
        return out;
    }

    /** The items that name {@code topic}, then those that name its top level: it covers its own. */
    private static List<Integer> itemsOf(String topic, Map<String, List<Integer>> byTopic) {
        List<Integer> items = new ArrayList<>(byTopic.getOrDefault(topic, List.of()));
        int slash = topic.indexOf('/');
        if (slash >= 0) {
            items.addAll(byTopic.getOrDefault(topic.substring(0, slash), List.of()));
        }
        return items;
    }

    /**
     * Document {@code n} into the list of each of {@code named} (none: null) not yet holding it.
     */
    private static void take(
            List<Integer> named, int n, Document d, int[] taken, List<List<Document>> out) {
        if (named == null) {
            return;
        }
        for (int i : named) { // an item named twice (the topic and its top level) takes it once
            if (taken[i] != n) {
                taken[i] = n;
                out.get(i).add(d);
            }
        }
    }

    public Optional<Item> find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * An item's text as the catalog writes it, which its page prints as it is.
     *
     * @param limit 时限 as written (自形成或变更之日起20个工作日内); {@link Item#timeLimit()} reads the number from
     *     it
     * @param cycle 更新周期 as written (每年, 每季度, 6个月); an item with none is silent only if nothing
     *     fulfils it
     */
    public record Written(
            String area,
            String name,
            String content,
            String basis,
            String limit,
            String cycle,
            String subject) {}

    /**
     * One 事项 of the 标准目录.
     *
     * @param types document types whose every published document fulfils the item (policy, notice
     *     …)
     * @param topics 主题分类 whose documents fulfil it (a top-level name covers its second level)
     */
    public record Item(
            String id,
            Written written,
            List<String> channels,
            List<DocumentType> types,
            List<String> topics,
            SourceRef where) {
        public Item {
            channels = List.copyOf(channels);
            types = List.copyOf(types);
            topics = List.copyOf(topics);
        }

        /**
         * Whether {@code d} fulfils this item: it names it, or it is of one of its types or topics
         * (a 低保 policy naming 社会救助 is still one of the 政策文件).
         */
        public boolean fulfilledBy(Document d) {
            // plain loops, no stream, lambda or substring: the 目录 pages and catalog-item-silent ask
            // this of every item and published document (91 MB of garbage at 10,000 documents)
            if ((d.catalogItem().isPresent() && d.catalogItem().get().equals(id))
                    || types.contains(d.type())) {
                return true;
            }
            for (String t : d.subjects().topics()) {
                int slash = t.indexOf('/');
                for (String mine : topics) {
                    if (mine.equals(t)
                            || (slash >= 0 && mine.length() == slash && t.startsWith(mine))) {
                        return true;
                    }
                }
            }
            return false;
        }

        public Optional<TimeLimit> timeLimit() {
            return TimeLimit.parse(written.limit());
        }

        public Optional<Integer> cycleMonths() {
            return cycleMonths(written.cycle());
        }

        public String name() {
            return written.name();
        }

        static Optional<Integer> cycleMonths(String cycle) {
            String c = cycle.strip();
            if (c.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = MONTHS.matcher(c);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
            if (c.contains("半年")) {
                return Optional.of(6);
            }
            if (c.contains("季")) {
                return Optional.of(3);
            }
            if (c.contains("月")) {
                return Optional.of(1);
            }
            if (c.contains("年")) {
                return Optional.of(12);
            }
            return Optional.empty();
        }

        private static final Pattern MONTHS = Pattern.compile("(\\d+)\\s*个月");
    }

    /**
     * A 时限 in days: working days (工作日, counted by site.yaml's calendar) or calendar days (日, 天). A
     * date such as 每年1月31日前 is no number of days (the 月 before it says so).
     */
    public record TimeLimit(int days, boolean working) {

        private static final Pattern DAYS = Pattern.compile("(?<![月\\d])(\\d+)\\s*个?\\s*(工作日|日|天)");

        public static Optional<TimeLimit> parse(String text) {
            Matcher m = DAYS.matcher(text);
            return m.find()
                    ? Optional.of(
                            new TimeLimit(Integer.parseInt(m.group(1)), m.group(2).equals("工作日")))
                    : Optional.empty();
        }

        /** 20个工作日 or 20日: as the 目录 writes it. */
        public String text() {
            return days + (working ? "个工作日" : "日");
        }
    }
}
