package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.content.ContentPath;
import org.gongkai.content.LoaderRules;

/**
 * The one list of registered rules, in the order they are documented ({@link #all()}, each with
 * fixtures), and after them the ids the loader reports ({@link #listed()}), which {@code check
 * --rules} and SARIF show.
 */
public final class Rules {

    private Rules() {}

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
                // issue 19: paths and files from editors who are not trusted (found where the files
                // are read)
                loaded(ContentPath.OUTSIDE),
                loaded(ContentPath.SOURCE),
                loaded(ContentPath.RESERVED),
                loaded("attachment-active-content"),
                loaded("attachment-type"),
                loaded("image-type"),
                loaded("data-not-csv"),
                new ReadTimeRule("theme-name", "site.yaml 的 theme 只能是 themes/ 下的一个文件夹名"),
                new ReadTimeRule(
                        "theme-file-outside", "主题的模板和样式文件必须在 themes/主题名/ 之内（不能是指向外面的符号链接）"),
                new SiteUrl(),
                // issue 19: names that become folders in site/
                new FolderNameShared());
    }

    /**
     * Every id a finding can carry, each with its description: the rules, then the loader's ids
     * that no rule above already names. What {@code check --rules} prints and SARIF's rules array
     * describes.
     */
    public static List<Rule> listed() {
        List<Rule> out = new ArrayList<>(all());
        Set<String> ruled = out.stream().map(Rule::id).collect(Collectors.toSet());
        for (LoaderRules.Described d : LoaderRules.all()) {
            if (!ruled.contains(d.id())) {
                out.add(new ReadTimeRule(d.id(), d.description()));
            }
        }
        return List.copyOf(out);
    }

    /** A loader finding that has a rule's fixtures, described where the loader registers it. */
    private static Rule loaded(String id) {
        return new ReadTimeRule(id, LoaderRules.description(id));
    }
}
