package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.ApplicationForm;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.site.SiteModel;

/**
 * A text that promises a download (申请表可以在“依申请公开”页面下载; 见附件1) must keep the promise: the form is
 * attached to this document or to the page the sentence names. A resident who follows the guide and
 * finds no form has been told something untrue, and 条例 第二十九条 makes the 申请表 the usual way to apply.
 */
public final class PromisedDownload extends GatheringRule<List<PromisedDownload.Promise>> {

    /**
     * A sentence that promises {@code what} (a 申请表, 模板, 附件…), at the start of its paragraph, on the
     * page it names, if it names one.
     */
    record Promise(SourceRef where, String sentence, String what, Optional<String> pageName) {}

    /**
     * Where a sentence ends. Sentences are cut first and searched for 下载 / 见附件 after: a pattern
     * that finds "anything, 下载, anything" scans from every position to the end, quadratic in a long
     * paragraph with no full stop (a pasted 40,000-letter word took minutes).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？\\n]");

    private static final Pattern THING = Pattern.compile("(申请表|登记表|表格|模板|范本|样表|示范文本|附件)");

    /** What the generated 政府信息公开申请表 are, in the words a page promises them by. */
    private static final Pattern FORMS = Pattern.compile("申请表|表格|样表|附件");

    private static final Pattern NAMED_PAGE = Pattern.compile("[“\"]([^”\"]{2,20})[”\"](?:页面|栏目)");

    public PromisedDownload() {
        super("promised-download", "正文说可以下载的申请表、模板或附件，必须真的列在 attachments 中（本文件或所说的页面）");
    }

    @Override
    List<Promise> read(Document d) {
        List<Promise> out = new ArrayList<>();
        for (Body.Paragraph p : d.body().paragraphs()) {
            if (p.text().indexOf("下载") < 0 && p.text().indexOf("见附件") < 0) {
                continue; // nearly every paragraph: no sentence to cut
            }
            for (String sentence : SENTENCE_END.split(p.text())) {
                if (!sentence.contains("下载") && !sentence.contains("见附件")) {
                    continue; // no promise of a download of some 表/模板/范本/附件
                }
                Matcher thing = THING.matcher(sentence);
                if (!thing.find()) {
                    continue;
                }
                Matcher named = NAMED_PAGE.matcher(sentence);
                out.add(
                        new Promise(
                                new SourceRef(p.where().file(), p.where().line(), 1),
                                sentence,
                                thing.group(1),
                                named.find() ? Optional.of(named.group(1)) : Optional.empty()));
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    @Override
    void check(SiteModel model, Function<Document, List<Promise>> readings, List<Finding> out) {
        for (Document d : model.documents()) {
            if (!model.isPublished(d)) {
                continue;
            }
            for (Promise promise : readings.apply(d)) {
                List<Document> where = new ArrayList<>(List.of(d));
                promise.pageName()
                        .ifPresent(
                                name ->
                                        model.published().stream()
                                                .filter(o -> o.title().contains(name))
                                                .forEach(where::add));
                if (where.stream().noneMatch(o -> offers(o, promise.what()))) {
                    out.add(
                            warning(
                                    promise.where(),
                                    "这里说“"
                                            + promise.sentence().strip()
                                            + "”，但"
                                            + promise.pageName()
                                                    .map(name -> "本文件和“" + name + "”页面都没有列出")
                                                    .orElse("本文件没有列出")
                                            + (promise.what().equals("附件")
                                                    ? "附件"
                                                    : "“" + promise.what() + "”附件")
                                            + "：请把文件放在旁边并写进 attachments，或改掉这句话"));
                }
            }
        }
    }

    /**
     * Whether a document attaches the promised thing (any attachment, for a promise of 附件). The
     * 依申请公开 page offers the 申请表 the build writes beside it ({@link ApplicationForm}).
     */
    private static boolean offers(Document d, String what) {
        if (ApplicationForm.offeredOn(d) && FORMS.matcher(what).matches()) {
            return true;
        }
        for (Attachment a : d.attachments()) {
            if (a.exists()
                    && (what.equals("附件") || a.title().contains(what) || a.file().contains(what))) {
                return true;
            }
        }
        return false;
    }
}
