package org.gongkai.content;

import java.util.Optional;

/** 公开属性. Only 主动公开 documents are ever published. */
public enum DisclosureAttribute implements Labelled {
    // the Latin spelling editors may write is the slug: proactive, on-request, withheld
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    WITHHELD("不予公开");

    private final String label;

    DisclosureAttribute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isPublic() {
        return this == PROACTIVE;
    }

    public static Optional<DisclosureAttribute> parse(String text) {
        return Labelled.byLabelOrSlug(DisclosureAttribute.class, text);
    }
}
