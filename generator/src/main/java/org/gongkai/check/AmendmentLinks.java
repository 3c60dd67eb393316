package org.gongkai.check;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * {@code amends} / {@code repeals} form a history: a policy changes earlier policies, never itself,
 * never a later one, never in a circle. Unknown ids are reported by the resolver ({@code
 * reference-unknown}). Cycles are found with one depth-first walk over all links, so the rule stays
 * linear.
 */
public final class AmendmentLinks extends Rule {

    public AmendmentLinks() {
        super("amendment-links", "修改（amends）、废止（repeals）只能指向更早发布的其他政策文件，不能指向自身，不能循环");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        Map<String, List<String>> edges = new TreeMap<>();
        for (Document d : model.documents()) {
            Details.Policy p = d.policy().orElse(null);
            if (p == null) {
                continue;
            }
            for (String key : List.of("amends", "repeals")) {
                String verb = key.equals("amends") ? "修改" : "废止";
                for (String target : key.equals("amends") ? p.amends() : p.repeals()) {
                    Document t = model.find(target).orElse(null);
                    if (target.equals(d.id())) {
                        out.add(
                                error(
                                        d.at(key),
                                        key
                                                + " 指向了文件自身（"
                                                + target
                                                + "）：一个文件不能"
                                                + verb
                                                + "自己，请写被"
                                                + verb
                                                + "文件的编号"));
                    } else if (t == null) {
                        // an id that names no document is another rule's finding
                    } else if (t.type() != DocumentType.POLICY) {
                        out.add(
                                error(
                                        d.at(key),
                                        key
                                                + " 指向的“"
                                                + target
                                                + "”是"
                                                + t.type().label()
                                                + "，只能"
                                                + verb
                                                + "政策文件"));
                    } else {
                        edges.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(target);
                        LocalDate mine = d.published().orElse(null);
                        LocalDate theirs = t.published().orElse(null);
                        if (mine != null && theirs != null && theirs.isAfter(mine)) {
                            out.add(
                                    error(
                                            d.at(key),
                                            "被"
                                                    + verb
                                                    + "的《"
                                                    + t.title()
                                                    + "》发布于 "
                                                    + theirs
                                                    + "，晚于本文件（"
                                                    + mine
                                                    + "）：文件只能"
                                                    + verb
                                                    + "在它之前发布的文件，请核对编号或日期"));
                        }
                    }
                }
            }
        }
        for (List<String> cycle : cycles(edges)) {
            Document start = model.find(cycle.get(0)).orElseThrow();
            out.add(
                    error(
                            start.at(
                                    start.policy().orElseThrow().amends().contains(cycle.get(1))
                                            ? "amends"
                                            : "repeals"),
                            "修改、废止关系形成循环：" + String.join(" → ", cycle) + "：请核对编号"));
        }
    }

    /** Each cycle once, as a list of ids starting and ending at its smallest id. */
    static List<List<String>> cycles(Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the current path, 2 done
        List<List<String>> found = new ArrayList<>();
        for (String root : edges.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> next = new ArrayDeque<>();
            path.push(root);
            next.push(edges.getOrDefault(root, List.of()).iterator());
            state.put(root, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = next.peek();
                if (!it.hasNext()) {
                    state.put(path.pop(), 2);
                    next.pop();
                    continue;
                }
                String t = it.next();
                Integer s = state.get(t);
                if (s == null) {
                    state.put(t, 1);
                    path.push(t);
                    next.push(edges.getOrDefault(t, List.of()).iterator());
                } else if (s == 1) {
                    List<String> onPath = new ArrayList<>(path);
                    Collections.reverse(onPath);
                    List<String> cycle =
                            new ArrayList<>(onPath.subList(onPath.indexOf(t), onPath.size()));
                    String min = cycle.stream().min(String::compareTo).orElseThrow();
                    Collections.rotate(cycle, -cycle.indexOf(min));
                    cycle.add(min);
                    found.add(cycle);
                }
            }
        }
        return found;
    }
}
