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
                // issue 22: yearly deadlines
                new ReportMissing(),
                new ReportLate(),
                new DecisionCatalogMissing(),
                new GuideStale(),
                new PromisedDownload(),
                // issue 7: a scaffolded body still holding its prompts
                new ScaffoldPlaceholder(),
                // issue 9: hostile content
                new RawHtmlRemoved(),
                new LinkOutsideContent(),
                new InterpretationOfWithheld());
    }
}
