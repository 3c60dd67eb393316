package org.gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a body paragraph reads as a heading: numbered (一、…) or set apart by its layout. */
final class HeadingShape {

    private static final Pattern DATE_IN_TEXT =
            Pattern.compile("(?:[0-9]{2,4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{2,4}年");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");
    private static final Pattern LEGAL_REFERENCE =
            Pattern.compile("^第[一二三四五六七八九十百零〇0-9]+条.*(款|项)$");

    private HeadingShape() {}

    /** A numbered heading: 一、/（一）/1./（1） and short enough to be one. */
    static boolean numbered(LayoutItem it) {
        return bodyText(it) && Numbering.of(it.plain).isPresent() && headingLike(it.plain);
    }

    /** An unnumbered heading: the title of an attached document, set apart by the layout. */
    static boolean unnumbered(LayoutItem it) {
        SourceBlock.Layout l = it.layout();
        return bodyText(it)
                && Numbering.of(it.plain).isEmpty()
                && !LEGAL_REFERENCE.matcher(it.plain).matches()
                && (l.centred() || l.headingStyle() || l.allBold())
                && headingLike(it.plain)
                && !AttachmentLines.ATTACHMENT_NOTE.matcher(it.plain).matches()
                && !it.plain.matches("^附件\\s*[0-9]*$");
    }

    /** A body paragraph of text: no table line, no picture. */
    static boolean bodyText(LayoutItem it) {
        return it.isBodyParagraph() && !it.layout().tabular() && !it.hasPicture();
    }

    /**
     * Short, no sentence punctuation, not ending in a colon, and not a table row: a line with three
     * or more separate numbers (行政规范性文件 0 5 5, 1.属于国家秘密1 0 0) is figures, never a heading.
     */
    private static boolean headingLike(String plain) {
        return plain.length() <= 40
                && !plain.matches(".*[。；！？;!?].*")
                && !plain.matches(".*[：:]$")
                && numbers(plain) < 3
                && !plain.matches(".*[，、,（(《“的和与及或并将对在为把被从向]$");
    }

    /**
     * Separate numbers after the leading numbering (1. of 1.属于 is numbering, not a figure); a date
     * (2025年3月1日, 3月1日) is one number, so 春耕生产（3月1日—4月30日） may still be a heading.
     */
    private static int numbers(String plain) {
        String rest = DATE_IN_TEXT.matcher(Numbering.withoutNumber(plain)).replaceAll("0");
        Matcher m = NUMBER.matcher(rest);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
