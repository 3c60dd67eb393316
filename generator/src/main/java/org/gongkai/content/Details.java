package org.gongkai.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The part of a document's front matter that only its type has. */
public sealed interface Details {

    /** Nothing of its own. */
    record None() implements Details {}

    /** A fixed page (指南, 制度 …): {@code reviewed} is when it was last checked to be still right. */
    record Page(Optional<LocalDate> reviewed) implements Details {}

    /**
     * 通知公告 or, with {@code kind: 工作动态}, a news item; {@code kind} is typed at load (a notice when
     * not written or naming neither).
     */
    record Notice(Optional<Stated<NoticeKind>> kind) implements Details {

        public boolean isNews() {
            return kind.flatMap(Stated::known).orElse(NoticeKind.NOTICE) == NoticeKind.NEWS;
        }

        /** The column it is listed in. */
        public String column() {
            return (isNews() ? NoticeKind.NEWS : NoticeKind.NOTICE).label();
        }
    }

    /**
     * 政策文件. {@code validity} is the hand-written label, if any, typed at load; the site model
     * derives the real one.
     */
    record Policy(
            Optional<DocNumber> docNumber,
            Optional<LocalDate> written,
            boolean normative,
            Optional<LocalDate> validFrom,
            Optional<LocalDate> validUntil,
            Optional<Stated<Validity>> validity,
            List<String> amends,
            List<String> repeals)
            implements Details {
        public Policy {
            amends = List.copyOf(amends);
            repeals = List.copyOf(repeals);
        }

        /**
         * The 文号 is read here, once: its two-digit year (〔22〕) is expanded by the 成文 or else the
         * published year.
         */
        static Policy of(
                Optional<String> docNumber,
                Optional<LocalDate> written,
                Optional<LocalDate> published,
                boolean normative,
                Optional<LocalDate> validFrom,
                Optional<LocalDate> validUntil,
                Optional<Stated<Validity>> validity,
                List<String> amends,
                List<String> repeals) {
            int year = written.or(() -> published).map(LocalDate::getYear).orElse(0);
            return new Policy(
                    docNumber.map(n -> DocNumber.parse(n, year)),
                    written,
                    normative,
                    validFrom,
                    validUntil,
                    validity,
                    amends,
                    repeals);
        }
    }

    /** 政策解读; {@code form} (解读形式) is typed at load. */
    record Interpretation(
            Optional<String> interprets,
            Optional<Stated<InterpretationForm>> form,
            Optional<String> author)
            implements Details {}

    /**
     * 重大行政决策: stages may also be linked to other documents by id or to attachments; {@code status}
     * is typed at load.
     */
    record Decision(
            Optional<Integer> year,
            Optional<String> catalogNo,
            Optional<String> leadUnit,
            Optional<Stated<DecisionStatus>> status,
            Map<String, String> stageLinks)
            implements Details {
        public Decision {
            stageLinks = Map.copyOf(stageLinks);
        }
    }

    /** 意见征集 with its feedback once closed. */
    record Consultation(
            Optional<LocalDate> opens,
            Optional<LocalDate> closes,
            Map<String, String> channels,
            Optional<Feedback> feedback)
            implements Details {
        public Consultation {
            channels = Map.copyOf(channels);
        }
    }

    record Feedback(
            Optional<Integer> received,
            Optional<Integer> adopted,
            Optional<String> summary,
            List<String> notAdoptedReasons) {
        public Feedback {
            notAdoptedReasons = List.copyOf(notAdoptedReasons);
        }
    }

    /** 公示 with its CSV table. {@code data} is the CSV path relative to the content folder. */
    record Publicity(
            Optional<String> village,
            Optional<LocalDate> periodEnd,
            Optional<String> data,
            Optional<Table> table)
            implements Details {}

    /**
     * 财政预决算 (条例 第二十条第（七）项): a 预算 or 决算 of one year, published within 20 days of its approval (预算法
     * 第十四条). The tables are the document's CSV attachments, read here; {@code emptyNotes} explains
     * a table left empty (keyed by the attachment's file), as the 预算法 asks for an empty 三公经费 table.
     *
     * @param threePublic 三公经费 by item (因公出国（境）费, 公务用车购置及运行费, 公务接待费), 万元 as written
     */
    record Budget(
            Optional<Stated<BudgetKind>> kind,
            Optional<Integer> year,
            Optional<LocalDate> approved,
            Map<String, String> threePublic,
            List<Table> tables,
            Map<String, String> emptyNotes)
            implements Details {
        public static final List<String> THREE_PUBLIC = List.of("因公出国（境）费", "公务用车购置及运行费", "公务接待费");

        public Budget {
            threePublic = Collections.unmodifiableMap(new LinkedHashMap<>(threePublic));
            tables = List.copyOf(tables);
            emptyNotes = Map.copyOf(emptyNotes);
        }

        /** 预算 or 决算 as it names itself to readers; 预决算 when its kind is missing or wrong. */
        public String kindLabel() {
            return kind.flatMap(Stated::known).map(BudgetKind::label).orElse("预决算");
        }
    }

    /**
     * 年度报告: the figures content cannot know, typed at load ({@link ReportFigures}); empty when any
     * was malformed, and then {@code problems} says where (report-figures-malformed, reported by
     * that rule).
     */
    record Report(Optional<Integer> year, Optional<ReportFigures> figures, List<Finding> problems)
            implements Details {
        public Report {
            problems = List.copyOf(problems);
        }
    }
}
