package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.DisclosureAttribute;

/**
 * What {@link LayoutRecognizer} read off a document laid out per GB/T 9704: the 版头 fields, the
 * structure of the body, and everything it was unsure of. Nothing here is a guess without a note.
 *
 * @param organMark 发文机关标志 without 文件 (安乐镇人民政府)
 * @param docNumber 文号, normalised to 〔〕
 * @param title 标题, lines joined
 * @param recipients 主送机关 (kept in the body too, as its first line)
 * @param issuer 发文机关 from the signature, else from the 发文机关标志
 * @param written 成文日期
 * @param disclosure from the （此件公开发布） marker
 * @param attachments 附件 titles from the 附件： lines
 * @param body the body, rebuilt
 * @param notes what the reader changed, doubts and left out, for the editor
 * @param pictures the pictures, in order; picture N stands in the body as {@link Picture#mark(int)}
 */
public record OfficialDocument(
        Optional<Recognised<String>> organMark,
        Optional<Recognised<String>> docNumber,
        Optional<Recognised<String>> title,
        Optional<Recognised<String>> recipients,
        Optional<Recognised<String>> issuer,
        Optional<Recognised<LocalDate>> written,
        Optional<Recognised<DisclosureAttribute>> disclosure,
        List<Recognised<String>> attachments,
        List<BodyBlock> body,
        Notes notes,
        List<Picture> pictures) {

    public OfficialDocument {
        pictures = List.copyOf(pictures);
        attachments = List.copyOf(attachments);
        body = List.copyOf(body);
    }

    /**
     * What the reader tells the editor, in Chinese (the {@link RecognitionNotes} its steps filled).
     *
     * @param repairs what was changed in the body (joined paragraphs, numbering)
     * @param doubts what the editor must check
     * @param dropped what the reader left out (page numbers, headers)
     */
    public record Notes(List<String> repairs, List<String> doubts, List<String> dropped) {
        public Notes {
            repairs = List.copyOf(repairs);
            doubts = List.copyOf(doubts);
            dropped = List.copyOf(dropped);
        }
    }

    OfficialDocument withIssuer(Optional<Recognised<String>> i, List<String> moreDoubts) {
        List<String> d =
                new ArrayList<>(
                        notes.doubts().stream()
                                .filter(x -> i.isEmpty() || !x.contains("请填写 issuer"))
                                .toList());
        d.addAll(moreDoubts);
        return new OfficialDocument(
                organMark,
                docNumber,
                title,
                recipients,
                i,
                written,
                disclosure,
                attachments,
                body,
                new Notes(notes.repairs(), d, notes.dropped()),
                pictures);
    }

    OfficialDocument withBody(List<BodyBlock> b, List<String> moreRepairs) {
        List<String> r = new ArrayList<>(notes.repairs());
        r.addAll(moreRepairs);
        return new OfficialDocument(
                organMark,
                docNumber,
                title,
                recipients,
                issuer,
                written,
                disclosure,
                attachments,
                b,
                new Notes(r, notes.doubts(), notes.dropped()),
                pictures);
    }

    /**
     * One block of the rebuilt body. Text keeps bold marks until {@link MarkdownWriter} writes it.
     */
    public sealed interface BodyBlock {

        record Heading(int level, String text) implements BodyBlock {}

        /**
         * {@code tableLine}: a line of a table whose columns could not be rebuilt (PDF), kept as
         * text.
         */
        record Paragraph(String text, boolean tableLine) implements BodyBlock {

            public Paragraph(String text) {
                this(text, false);
            }
        }

        record Table(List<List<String>> rows) implements BodyBlock {
            public Table {
                rows = rows.stream().map(List::copyOf).toList();
            }
        }
    }
}
