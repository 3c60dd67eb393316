package org.gongkai.content;

import java.util.Optional;

/** 公开属性. Only 主动公开 documents are ever published. */
public enum DisclosureAttribute implements Labelled {
    // the Latin spelling editors may write is the slug: proactive, on-request, withheld
    @Label("主动公开")
    PROACTIVE,
    @Label("依申请公开")
    ON_REQUEST,
    @Label("不予公开")
    WITHHELD;

    public boolean isPublic() {
        return this == PROACTIVE;
    }

    public static Optional<DisclosureAttribute> parse(String text) {
        return Labelled.byLabelOrSlug(DisclosureAttribute.class, text);
    }
}
