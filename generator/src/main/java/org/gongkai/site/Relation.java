package org.gongkai.site;

/**
 * One kind of reference between documents, read from the side of the document it is asked about.
 * The constants stand in the order a document page lists them; a new kind of reference is one
 * constant here and the resolver's line that fills it.
 */
public enum Relation {
    INTERPRETATIONS("政策解读"),
    AMENDED_BY("本文件已被以下文件修改"),
    REPEALED_BY("本文件已被以下文件废止"),
    AMENDS("本文件修改了"),
    REPEALS("本文件废止了");

    private final String heading;

    Relation(String heading) {
        this.heading = heading;
    }

    /**
     * The same reference read from the other document. An interpretation is kept only on the
     * policy's side: nothing lists what an interpretation interprets.
     */
    Relation inverse() {
        return switch (this) {
            case AMENDS -> AMENDED_BY;
            case AMENDED_BY -> AMENDS;
            case REPEALS -> REPEALED_BY;
            case REPEALED_BY -> REPEALS;
            case INTERPRETATIONS -> throw new IllegalStateException("kept on one side only");
        };
    }

    /** What a document page says above the documents related this way. */
    public String heading() {
        return heading;
    }
}
