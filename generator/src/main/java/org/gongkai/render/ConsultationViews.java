package org.gongkai.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.site.ConsultationStatus;
import org.gongkai.site.SiteModel;

/**
 * View records for 意见征集: the consultation page, the list with open ones first, the summary a
 * decision shows.
 */
public final class ConsultationViews {

    private ConsultationViews() {}

    /** 收到 / 采纳 / 总体情况 / 未采纳的主要意见及理由, as published once a consultation has closed. */
    public record FeedbackView(
            String received, String adopted, String summary, List<String> notAdoptedReasons) {}

    /**
     * A consultation as lists and decision pages show it; {@code feedback} is null until published.
     */
    public record Summary(
            Views.Item doc,
            String period,
            String days,
            String status,
            String statusSlug,
            FeedbackView feedback) {}

    public record ConsultationPage(
            PageViews.DocPage page,
            Summary summary,
            List<Views.Row> channels,
            List<Views.Item> decisions,
            String feedbackNote) {}

    public record ConsultationList(
            String title,
            List<Summary> open,
            List<Summary> upcoming,
            List<Summary> closed,
            int total,
            List<Views.Link> years) {
        public boolean more() {
            return total > open.size() + upcoming.size() + closed.size();
        }
    }

    private static final Map<String, String> CHANNELS =
            Map.of(
                    "email", "电子邮件", "phone", "电话", "address", "通信地址", "fax", "传真", "web", "网上留言",
                    "onsite", "现场提交", "wechat", "微信");

    /** 征集期 as the list and the page's metadata both show it: “2026-03-01 至 2026-03-31”. */
    static String period(Details.Consultation c) {
        return ViewFactory.period(c.opens(), c.closes(), "");
    }

    static Summary summary(SiteModel model, ViewFactory views, Document d) {
        Details.Consultation c = (Details.Consultation) d.details();
        ConsultationStatus status = ConsultationStatus.of(c, model.asOf());
        String period = period(c);
        String days =
                c.opens().isPresent() && c.closes().isPresent()
                        ? String.valueOf(
                                ChronoUnit.DAYS.between(c.opens().get(), c.closes().get()) + 1)
                        : "";
        FeedbackView feedback =
                c.feedback()
                        .map(
                                f ->
                                        new FeedbackView(
                                                f.received().map(String::valueOf).orElse(""),
                                                f.adopted().map(String::valueOf).orElse(""),
                                                f.summary().orElse(""),
                                                f.notAdoptedReasons()))
                        .orElse(null);
        return new Summary(
                views.item(d), period, days, status.label(), status.phase().slug(), feedback);
    }

    static ConsultationPage page(
            SiteModel model,
            ViewFactory views,
            Document d,
            PageViews.DocPage page,
            Map<String, List<Document>> decisionsByConsultation) {
        Details.Consultation c = (Details.Consultation) d.details();
        Summary summary = summary(model, views, d);
        List<Views.Row> channels = new ArrayList<>();
        c.channels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e ->
                                channels.add(
                                        new Views.Row(
                                                CHANNELS.getOrDefault(e.getKey(), e.getKey()),
                                                e.getValue(),
                                                e.getKey().equals("email")
                                                        ? "mailto:" + e.getValue()
                                                        : "")));
        List<Document> decisions = decisionsByConsultation.getOrDefault(d.id(), List.of());
        String note = "";
        ConsultationStatus status = ConsultationStatus.of(c, model.asOf());
        if (summary.feedback() == null) {
            note =
                    switch (status.phase()) {
                        case NOT_STARTED -> "征求意见尚未开始。";
                        case OPEN -> "征求意见正在进行，结束后将公开意见采纳情况。";
                        case CLOSED -> "征求意见已结束，意见采纳情况正在整理，将及时公开。";
                    };
        }
        return new ConsultationPage(page, summary, channels, views.items(decisions), note);
    }

    /**
     * Open consultations first (the soonest to close on top), then those about to start, then the
     * latest closed ones with their feedback; older ones stay in the year archives.
     */
    static ConsultationList list(SiteModel model, ViewFactory views) {
        List<Document> docs = model.published(DocumentType.CONSULTATION);
        List<Summary> open = new ArrayList<>();
        List<Summary> upcoming = new ArrayList<>();
        List<Summary> closed = new ArrayList<>();
        Comparator<Document> byClose =
                Comparator.comparing(
                                (Document d) ->
                                        ((Details.Consultation) d.details())
                                                .closes()
                                                .orElse(LocalDate.MAX))
                        .thenComparing(Document::id);
        for (Document d : docs.stream().sorted(byClose).toList()) {
            ConsultationStatus s =
                    ConsultationStatus.of((Details.Consultation) d.details(), model.asOf());
            switch (s.phase()) {
                case OPEN -> open.add(summary(model, views, d));
                case NOT_STARTED -> upcoming.add(summary(model, views, d));
                case CLOSED -> {}
            }
        }
        docs.stream()
                .filter(
                        d ->
                                ConsultationStatus.of(
                                                        (Details.Consultation) d.details(),
                                                        model.asOf())
                                                .phase()
                                        == ConsultationStatus.Phase.CLOSED)
                .sorted(byClose.reversed())
                .limit(ListPages.PAGE_SIZE)
                .forEach(d -> closed.add(summary(model, views, d)));
        List<Views.Link> years = ListPages.yearArchives(DocumentType.CONSULTATION, docs);
        return new ConsultationList(
                DocumentType.CONSULTATION.label(), open, upcoming, closed, docs.size(), years);
    }
}
