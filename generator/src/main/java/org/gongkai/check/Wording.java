package org.gongkai.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * 错敏词: wrong names of laws and organs, and the 错别字 official writing most often carries, in titles,
 * front matter and bodies. Inspections of government websites (国办发〔2019〕19号 考核) count each one. The
 * built-in list is below; site.yaml {@code wording: {错误写法: 正确写法}} adds to it, and maps an entry to
 * itself to turn it off. Renamed organs are flagged only in documents published after the renaming
 * (a 2017 document rightly names the 环境保护局).
 */
public final class Wording extends ScanRule {

    /**
     * One wrong form: a literal (or a pattern), what to write instead, and since when it is wrong.
     * {@code key} is the text every match starts with, so a line is scanned once for all entries'
     * first characters and a pattern runs only where its key stands (a matcher per entry and line
     * cost more than the rest of check).
     */
    record Entry(Pattern wrong, String right, LocalDate since, String key) {
        Entry(Pattern wrong, String right, LocalDate since) {
            this(
                    wrong,
                    right,
                    since,
                    wrong.pattern().startsWith("\\Q")
                            ? wrong.pattern().substring(2, wrong.pattern().length() - 2)
                            : wrong.pattern().replaceAll("[(\\\\\\[].*", ""));
        }

        static Entry literal(String wrong, String right) {
            return new Entry(Pattern.compile(Pattern.quote(wrong)), right, LocalDate.MIN);
        }

        static Entry renamed(String old, String now, LocalDate since) {
            return new Entry(Pattern.compile(Pattern.quote(old)), now, since);
        }

        boolean literal() {
            return wrong.pattern().startsWith("\\Q");
        }
    }

    /**
     * The entries by the first character of their key, for one site's list: an array indexed by the
     * character (null where no entry starts). A map keyed by Character boxed each Chinese character
     * (above the cache of 128) and hashed it; the array is one read (256 KB once per site.yaml).
     */
    private static final class Index {
        private final Map<String, String> site;
        private final Entry[][] byFirst = new Entry[Character.MAX_VALUE + 1][];

        /**
         * Which first two characters of a key, hashed, may start an entry: asked of every character
         * of every line. One character was not enough: 以, 一, 国, 安, 通 and others that start entries
         * stand in nearly every line, and each sent the scan through its candidates.
         */
        private final boolean[] pairs = new boolean[1 << 16];

        /** Which characters are a whole key (site.yaml may list one), or null if none is. */
        private final boolean[] singles;

        private Index(Map<String, String> site) {
            this.site = site;
            Map<Character, List<Entry>> grouped = new HashMap<>();
            boolean[] one = null;
            for (Entry e : entries(site)) {
                String key = e.key();
                if (key.isEmpty()) {
                    continue;
                }
                grouped.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(e);
                if (key.length() == 1) {
                    one = one == null ? new boolean[Character.MAX_VALUE + 1] : one;
                    one[key.charAt(0)] = true;
                } else {
                    pairs[pair(key.charAt(0), key.charAt(1))] = true;
                }
            }
            singles = one;
            grouped.forEach((c, list) -> byFirst[c] = list.toArray(new Entry[0]));
        }

        static int pair(char first, char second) {
            return (first * 31 + second) & 0xFFFF;
        }

        boolean[] pairs() {
            return pairs;
        }

        boolean[] singles() {
            return singles;
        }

        Map<String, String> site() {
            return site;
        }

        Entry[][] byFirst() {
            return byFirst;
        }
    }

    /** The last site's index: every document of a build has the same site.yaml. */
    private volatile Index index;

    private static final LocalDate REFORM_2018 = LocalDate.of(2018, 4, 10);

    static final List<Entry> BUILT_IN =
            List.of(
                    // names of the law itself
                    Entry.literal("政府信息公开条列", "政府信息公开条例"),
                    Entry.literal("政府信息公开条理", "政府信息公开条例"),
                    Entry.literal("政府公开信息条例", "政府信息公开条例"),
                    new Entry(
                            Pattern.compile("国务院令(?!第)\\s*(\\d+)\\s*号"), "国务院令第$1号", LocalDate.MIN),
                    // organs renamed in the 2018 institutional reform
                    Entry.renamed("国家工商行政管理总局", "国家市场监督管理总局", REFORM_2018),
                    Entry.renamed("工商行政管理局", "市场监督管理局", REFORM_2018),
                    Entry.renamed("食品药品监督管理局", "市场监督管理局", REFORM_2018),
                    Entry.renamed("质量技术监督局", "市场监督管理局", REFORM_2018),
                    Entry.renamed("国土资源局", "自然资源局", REFORM_2018),
                    Entry.renamed("国土资源部", "自然资源部", REFORM_2018),
                    Entry.renamed("环境保护局", "生态环境局", REFORM_2018),
                    Entry.renamed("环境保护部", "生态环境部", REFORM_2018),
                    Entry.renamed("安全生产监督管理局", "应急管理局", REFORM_2018),
                    Entry.renamed("国家安全生产监督管理总局", "应急管理部", REFORM_2018),
                    Entry.renamed("卫生和计划生育委员会", "卫生健康委员会", REFORM_2018),
                    Entry.renamed("卫生和计划生育局", "卫生健康局", REFORM_2018),
                    Entry.renamed("卫计委", "卫健委", REFORM_2018),
                    Entry.renamed("国家旅游局", "文化和旅游部", REFORM_2018),
                    Entry.renamed("扶贫开发办公室", "乡村振兴局", LocalDate.of(2021, 2, 25)),
                    // 错别字 of official writing
                    Entry.literal("按装", "安装"),
                    Entry.literal("按排", "安排"),
                    Entry.literal("布署", "部署"),
                    Entry.literal("既使", "即使"),
                    Entry.literal("以经", "已经"),
                    Entry.literal("贯切", "贯彻"),
                    Entry.literal("签定合同", "签订合同"),
                    Entry.literal("帐户", "账户"),
                    Entry.literal("帐目", "账目"),
                    Entry.literal("再接再励", "再接再厉"),
                    Entry.literal("一股作气", "一鼓作气"),
                    Entry.literal("迫不急待", "迫不及待"),
                    Entry.literal("既往不究", "既往不咎"),
                    Entry.literal("防碍", "妨碍"),
                    Entry.literal("重迭", "重叠"),
                    Entry.literal("松驰", "松弛"),
                    Entry.literal("震憾", "震撼"),
                    Entry.literal("针贬", "针砭"),
                    Entry.literal("通迅", "通讯"),
                    Entry.literal("编缉", "编辑"),
                    Entry.literal("辨理", "办理"),
                    Entry.literal("凋研", "调研"),
                    Entry.literal("即然", "既然"));

    public Wording() {
        super("wording", "错敏词：法规、机关名称写错（如“政府信息公开条列”“国务院令711号”、已更名的机构）和公文常见错别字");
    }

    /** Reads the lines the scan cuts once for all the rules that read them. */
    @Override
    public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
        Index idx = index;
        if (idx == null || idx.site() != setting.site().wording()) {
            idx = new Index(setting.site().wording());
            index = idx;
        }
        LocalDate published = d.published().orElse(setting.asOf());
        List<String> lines = scan.lines();
        int docNumberLine = d.keys().has("doc_number") ? d.at("doc_number").line() : -1;
        Set<Entry> found = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            if (n + 1 == docNumberLine) {
                continue; // a 文号's form is doc-number-format's to judge
            }
            String line = lines.get(n);
            found.clear();
            char[] chars = scan.chars(line);
            Entry[][] byFirst = idx.byFirst();
            int length = line.length();
            // written out here, not a method: C1 does not inline one this size, and it is asked of
            // every character
            boolean[] pairs = idx.pairs();
            boolean[] singles = idx.singles();
            for (int i = 0; i < length; i++) {
                if (!(i + 1 < length && pairs[Index.pair(chars[i], chars[i + 1])])
                        && (singles == null || !singles[chars[i]])) {
                    continue; // nearly every character: no candidate to compare
                }
                Entry[] candidates = byFirst[chars[i]];
                if (candidates == null) {
                    continue; // two other characters with the same hash
                }
                for (Entry e : candidates) {
                    // the text first: an Entry's record hashCode hashes all its parts on each ask
                    if (!line.startsWith(e.key(), i)
                            || found.contains(e)
                            || published.isBefore(e.since())) {
                        continue;
                    }
                    String wrong;
                    String right;
                    if (e.literal()) {
                        wrong = e.key();
                        right = e.right();
                    } else {
                        Matcher m = e.wrong().matcher(line).region(i, line.length());
                        if (!m.lookingAt()) {
                            continue;
                        }
                        wrong = m.group();
                        StringBuilder sb = new StringBuilder();
                        m.appendReplacement(sb, e.right());
                        right = sb.substring(i);
                    }
                    if (right.equals(wrong)) {
                        continue;
                    }
                    found.add(e); // one finding an entry and line, as before
                    out.add(
                            warning(
                                    new SourceRef(d.source().file(), n + 1, i + 1),
                                    "“"
                                            + wrong
                                            + "”应写作“"
                                            + right
                                            + "”"
                                            + (e.since().equals(LocalDate.MIN)
                                                    ? ""
                                                    : "（机构已于 " + e.since().getYear() + " 年更名）")));
                }
            }
        }
    }

    /**
     * The built-in list, then site.yaml's: an entry mapped to itself there turns the built-in one
     * off.
     */
    static List<Entry> entries(Map<String, String> site) {
        if (site.isEmpty()) {
            return BUILT_IN;
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : BUILT_IN) {
            String literal =
                    e.wrong().pattern().startsWith("\\Q")
                            ? e.wrong().pattern().substring(2, e.wrong().pattern().length() - 2)
                            : null;
            if (literal == null || !site.containsKey(literal)) {
                out.add(e);
            }
        }
        site.forEach(
                (wrong, right) -> {
                    if (!wrong.isBlank() && !wrong.equals(right)) {
                        out.add(
                                new Entry(
                                        Pattern.compile(Pattern.quote(wrong)),
                                        right,
                                        LocalDate.MIN)); // literal: written as is
                    }
                });
        return out;
    }
}
