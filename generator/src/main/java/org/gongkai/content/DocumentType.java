package org.gongkai.content;

import java.util.Optional;

/** The kinds of document the column publishes; the top folder under content/ names the type. */
public enum DocumentType implements Labelled {
    POLICY("policies", "政策文件"),
    INTERPRETATION("interpretations", "政策解读"),
    DECISION("decisions", "重大行政决策"),
    CONSULTATION("consultations", "意见征集"),
    NOTICE("notices", "通知公告"),
    PUBLICITY("publicity", "公示公告"),
    PAGE("pages", "公开指南与制度"),
    REPORT("reports", "政府信息公开工作年度报告"),
    BUDGET("budgets", "财政预决算");

    private final String folder;
    private final String label;

    // the slug, computed once: every page and index entry asks for its document's type key
    private final String key = slug();

    DocumentType(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    /** The folder under content/ and the first segment of the document's URL. */
    public String folder() {
        return folder;
    }

    /** The value accepted by a {@code type:} key: the slug ({@code policy}, {@code budget} …). */
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
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

    public static Optional<DocumentType> byKey(String key) {
        String k = key.strip();
        for (DocumentType t : values()) {
            if (t.key.equalsIgnoreCase(k) || t.folder.equalsIgnoreCase(k) || t.label.equals(k)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
