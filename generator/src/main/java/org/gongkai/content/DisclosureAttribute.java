package org.gongkai.content;

import java.util.Optional;

/** 公开属性. Only 主动公开 documents are ever published. */
public enum DisclosureAttribute {
    PROACTIVE("主动公开", "proactive"),
    ON_REQUEST("依申请公开", "on-request"),
    WITHHELD("不予公开", "withheld");

    private final String label;
    private final String alias;

    DisclosureAttribute(String label, String alias) {
        this.label = label;
        this.alias = alias;
    }

    public String label() {
        return label;
    }

    public boolean isPublic() {
        return this == PROACTIVE;
    }

    public static Optional<DisclosureAttribute> parse(String text) {
        String t = text.strip();
        for (DisclosureAttribute a : values()) {
            if (a.label.equals(t) || a.alias.equalsIgnoreCase(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
