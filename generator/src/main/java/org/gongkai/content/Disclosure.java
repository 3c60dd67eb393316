package org.gongkai.content;

import java.util.List;
import java.util.Optional;

/**
 * A document's 公开属性 as the document itself states it — in its front matter, and in its body's
 * marker lines such as （此件不予公开） — and the attribute in force, decided from both when the file is
 * read. Rules compare the two statements.
 *
 * @param stated the front matter's {@code disclosure} (不予公开 when it is there but unreadable)
 * @param marks the body's marker lines
 * @param inForce what the site acts on: see {@link #decide}
 */
public record Disclosure(
        Optional<DisclosureAttribute> stated,
        List<DisclosureMark> marks,
        DisclosureAttribute inForce) {

    public Disclosure {
        marks = List.copyOf(marks);
    }

    /**
     * The attribute stated, else {@code unstated} — unless a marker in the body says the document
     * is not public: nothing is published on the front matter's word alone against the issuing
     * office's marker.
     */
    public static Disclosure decide(
            Optional<DisclosureAttribute> stated,
            List<DisclosureMark> marks,
            DisclosureAttribute unstated) {
        DisclosureAttribute a = stated.orElse(unstated);
        if (a.isPublic()) {
            for (DisclosureMark m : marks) {
                if (!m.attribute().isPublic()) {
                    a = DisclosureAttribute.WITHHELD;
                    break;
                }
            }
        }
        return new Disclosure(stated, marks, a);
    }
}
