package org.gongkai.platform;

import java.util.Optional;
import org.gongkai.content.Label;
import org.gongkai.content.Labelled;

/**
 * What a column belongs to; the platform home lists the columns in this order (国办发〔2017〕47号 集约化).
 * platform.yaml's {@code kind:} may name it by its label, its slug or the other usual names.
 */
public enum ColumnKind implements Labelled {
    @Label(
            value = "县政府",
            also = {"县级政府", "政府"})
    COUNTY,
    @Label(
            value = "部门",
            also = {"县直部门", "政府部门"})
    DEPARTMENT,
    @Label(
            value = "乡镇/街道",
            also = {"乡镇", "街道", "乡", "镇", "subdistrict"})
    TOWNSHIP;

    public static Optional<ColumnKind> parse(String text) {
        return Labelled.byLabelOrSlug(ColumnKind.class, text);
    }
}
