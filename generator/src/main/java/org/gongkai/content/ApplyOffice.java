package org.gongkai.content;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Who receives 政府信息公开申请 (site.yaml {@code apply:}): the office, where a letter goes and how to
 * reach it. The application forms are printed from it, so a resident who posts a form has the
 * address on the form itself. Each entry not written under {@code apply:} is the site's {@code
 * contact:} entry of the same name: most townships receive applications where they answer the
 * phone.
 *
 * @param office 受理机构 (政务公开办公室); the site's name when not written
 */
public record ApplyOffice(
        String office,
        String address,
        String postcode,
        String phone,
        String fax,
        String email,
        String hours) {

    /** The keys {@code apply:} may hold. */
    static final Set<String> KEYS =
            Set.of("office", "address", "postcode", "phone", "fax", "email", "hours");

    static ApplyOffice of(Map<String, String> apply, Map<String, String> contact, String name) {
        UnaryOperator<String> entry =
                k -> apply.getOrDefault(k, contact.getOrDefault(k, "")).strip();
        String office = entry.apply("office");
        return new ApplyOffice(
                office.isEmpty() ? name.strip() : office,
                entry.apply("address"),
                entry.apply("postcode"),
                entry.apply("phone"),
                entry.apply("fax"),
                entry.apply("email"),
                entry.apply("hours"));
    }

    /**
     * One address, nothing a mail program would read as more (no second recipient, no ?subject or
     * header of its own): it becomes the page's mailto: link.
     */
    static boolean emailValid(String email) {
        return email.isEmpty()
                || email.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    }

    /** A 邮政编码 is six digits (GB/T 2260's areas, not checked further). */
    static boolean postcodeValid(String postcode) {
        return postcode.isEmpty() || postcode.matches("\\d{6}");
    }
}
