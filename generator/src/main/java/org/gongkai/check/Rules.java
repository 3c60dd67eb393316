package org.gongkai.check;

import java.util.List;

/** The one list of registered rules, in the order they are documented. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DisclosureAttributeMissing(),
                new ValidityMismatch(),
                // issue 3: disclosure
                new WithheldBasis(),
                new ReviewDue(),
                new DisclosureMarker(),
                // issue 3: policies
                new DocNumberFormat(),
                new DocNumberYear(),
                new DocNumberDuplicate(),
                new DateOrder(),
                new ValidityPeriodOrder(),
                new ValidityPeriodMissing(),
                // issue 22: what the inspector checks
                new ValidityYearPassed(),
                new NormativeNotPublic(),
                new IndexNoFormat(),
                new IndexNoDuplicate(),
                new InterpretationMissing(),
                new InterpretationTarget(),
                new InterpretationLate(),
                new PublicationLate(),
                new AmendmentLinks(),
                // issue 3: personal data
                new PiiIdCard(),
                new PiiMobile(),
                new PiiBankCard(),
                new PiiName(),
                // issue 22: 公示
                new PublicityPeriodShort(),
                new PiiAddress(),
                new PiiSensitiveColumn(),
                // issue 3: site settings and column health
                new SiteOrgCode(),
                new SiteFooterIds(),
                new ColumnStale(),
                // issue 3: taxonomy and references
                new TaxonomyUnknown(),
                new LinkBroken(),
                new ImageAlt(),
                new SummaryLength(),
                // issue 3: quality of converted documents (warnings)
                new HeadingLevels(),
                new HeadingDuplicate(),
                new ParagraphBroken(),
                new NumberingMixed(),
                new StraySpace(),
                // issue 22: 错敏词
                new Wording(),
                // issue 6: decisions, consultations, annual reports
                new DecisionResultMissing(),
                new DecisionConsultationShort(),
                new DecisionStageUnknown(),
                new ConsultationFeedbackMissing(),
                new ReportFiguresMalformed(),
                new ReportGroupSum(),
                new ReportTotalColumn(),
                new ReportApplicationsBalance(),
                new ReportReviewsBalance(),
                new ReportNormativeContinuity(),
                new ReportSectionMissing(),
                new ReportContentMissing(),
                // issue 22: yearly deadlines
                new ReportMissing(),
                new ReportLate(),
                new DecisionCatalogMissing(),
                new GuideStale(),
                new PromisedDownload(),
                // issue 22: the 基层政务公开标准目录
                new CatalogItemLate(),
                new CatalogItemSilent(),
                // issue 22: 财政预决算
                new BudgetLate(),
                new BudgetIncomplete(),
                // issue 7: a scaffolded body still holding its prompts
                new ScaffoldPlaceholder(),
                // issue 9: hostile content
                new RawHtmlRemoved(),
                new LinkOutsideContent(),
                new InterpretationOfWithheld(),
                // issue 19: paths and files from editors who are not trusted (found where the files are read)
                new ReadTimeRule("path-outside-content", "附件、图片、数据文件和 site.yaml 等设置文件必须在 content/ 之内"
                        + "（../ 越界、绝对路径、指向外面的符号链接都不允许）"),
                new ReadTimeRule("path-document-source", "附件、图片和数据文件不能是文档的 Markdown 源文件（.md）"),
                new ReadTimeRule("path-reserved", "附件和图片不能使用生成器自己写出的文件名（index.html、*.gz、feed.xml 等）"),
                new ReadTimeRule("attachment-active-content", "附件和数据文件不能是浏览器会运行的 HTML、SVG、XML（按文件内容判断）"),
                new ReadTimeRule("attachment-type", "附件只能是 PDF、OFD、Office/WPS 文档、图片、ZIP 或纯文本，且扩展名与内容一致"),
                new ReadTimeRule("image-type", "正文图片只能是 PNG、JPEG、GIF 或 WebP（按文件内容判断），且扩展名与内容一致"),
                new ReadTimeRule("data-not-csv", "公示的数据文件只能是 CSV 纯文本"),
                new ReadTimeRule("theme-name", "site.yaml 的 theme 只能是 themes/ 下的一个文件夹名"),
                new ReadTimeRule("theme-file-outside", "主题的模板和样式文件必须在 themes/主题名/ 之内（不能是指向外面的符号链接）"),
                new SiteUrl(),
                // issue 19: names that become folders in site/
                new FolderNameShared());
    }
}
