package org.gongkai.content;

import java.util.Optional;

/** The kinds of document the column publishes; the top folder under content/ names the type. */
public enum DocumentType implements Labelled {
    @Label("政策文件")
    POLICY("policies"),
    @Label("政策解读")
    INTERPRETATION("interpretations"),
    @Label("重大行政决策")
    DECISION("decisions"),
    @Label("意见征集")
    CONSULTATION("consultations"),
    @Label("通知公告")
    NOTICE("notices"),
    @Label("公示公告")
    PUBLICITY("publicity"),
    @Label("公开指南与制度")
    PAGE("pages"),
    @Label("政府信息公开工作年度报告")
    REPORT("reports"),
    @Label("财政预决算")
    BUDGET("budgets");

    private final String folder;

    DocumentType(String folder) {
        this.folder = folder;
    }

    /** The folder under content/ and the first segment of the document's URL. */
    public String folder() {
        return folder;
    }

    /** The value accepted by a {@code type:} key: the slug ({@code policy}, {@code budget} …). */
    public String key() {
        return slug();
    }

    /** Types whose files live in a year folder (policies/2022/x.md). */
    public boolean dated() {
        return this != PAGE && this != REPORT;
    }

    public static Optional<DocumentType> byFolder(String folder) {
        for (DocumentType t : values()) {
            if (t.folder.equals(folder)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type a {@code type:} names by its folder (any case), its key or its label. */
    public static Optional<DocumentType> byKey(String key) {
        String k = key.strip();
        for (DocumentType t : values()) {
            if (t.folder.equalsIgnoreCase(k)) {
                return Optional.of(t);
            }
        }
        return Labelled.byLabelOrSlug(DocumentType.class, k);
    }
}
