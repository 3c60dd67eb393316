package org.gongkai.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A 公开属性 written where the loader does not look for it, found so that it is not lost. */
final class MisplacedDisclosure {

    private MisplacedDisclosure() {}

    /**
     * No {@code disclosure} key, but an unknown key says 不予公开 or 依申请公开 ({@code 公开属性: 不予公开}, a typo
     * such as {@code disclousre}, a value nested under another key): the editor decided, and the
     * decision must not be lost to the default 主动公开. Withheld until it is written as {@code
     * disclosure}.
     */
    static Optional<DisclosureAttribute> in(FrontMatter fm, Set<String> known) {
        for (Map.Entry<String, Object> e : fm.map().entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            Optional<DisclosureAttribute> said = nonPublicValue(e.getValue(), 0);
            if (said.isPresent()) {
                fm.error(
                        "disclosure-invalid",
                        fm.at(e.getKey()),
                        "“"
                                + e.getKey()
                                + "”不是公开属性的键名，但写的是“"
                                + said.get().label()
                                + "”：请改写为 disclosure: "
                                + said.get().label()
                                + "；改正之前这份文件按不予公开处理，不会发布");
                return Optional.of(DisclosureAttribute.WITHHELD);
            }
        }
        return Optional.empty();
    }

    private static Optional<DisclosureAttribute> nonPublicValue(Object value, int depth) {
        if (value instanceof String s) {
            return DisclosureAttribute.parse(s).filter(a -> !a.isPublic());
        }
        if (depth < YamlTree.MAX_DEPTH && value instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                Optional<DisclosureAttribute> a = nonPublicValue(v, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (depth < YamlTree.MAX_DEPTH && value instanceof List<?> l) {
            for (Object v : l) {
                Optional<DisclosureAttribute> a = nonPublicValue(v, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }
}
