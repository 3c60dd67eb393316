package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gongkai.site.DecisionStage;
import org.junit.jupiter.api.Test;

/**
 * The Latin spellings editors write ({@code disclosure: on-request}, {@code stages: draft:}, {@code
 * type: policy}) are the constants' slugs; these pin each spelling the front matter accepts, so a
 * renamed constant cannot silently change what content means.
 */
class LabelledTest {

    @Test
    void disclosureByLabelOrSlugInAnyCase() {
        assertEquals(
                Optional.of(DisclosureAttribute.ON_REQUEST),
                DisclosureAttribute.parse(" On-Request "));
        assertEquals(Optional.of(DisclosureAttribute.WITHHELD), DisclosureAttribute.parse("不予公开"));
        assertEquals(
                Optional.of(DisclosureAttribute.PROACTIVE), DisclosureAttribute.parse("proactive"));
        assertEquals(Optional.empty(), DisclosureAttribute.parse("on_request"));
    }

    @Test
    void decisionStageByLabelOrSlug() {
        assertEquals(Optional.of(DecisionStage.DRAFT), DecisionStage.parse("Draft"));
        assertEquals(Optional.of(DecisionStage.EXPERTS), DecisionStage.parse("专家论证"));
        assertEquals("evaluation", DecisionStage.EVALUATION.slug());
        assertEquals(Optional.empty(), DecisionStage.parse("专家"));
    }

    @Test
    void documentTypeKeysAreTheSlugs() {
        assertEquals("interpretation", DocumentType.INTERPRETATION.key());
        assertEquals(Optional.of(DocumentType.PUBLICITY), DocumentType.byKey("Publicity"));
        assertEquals(Optional.of(DocumentType.POLICY), DocumentType.byKey("policies"));
        assertEquals(Optional.of(DocumentType.BUDGET), DocumentType.byKey("财政预决算"));
    }

    @Test
    void unknownLabelNamesTheNearestAndEveryLabel() {
        assertEquals(
                "决策状态“已决”无效，是否想写“已决策”？只能是 拟决策、征求意见中、已决策、已实施评估",
                Labelled.unknown("决策状态", "已决", DecisionStatus.class));
        assertEquals(
                "解读形式“广播”无效；只能是 文字解读、图解、问答、音视频",
                Labelled.unknown("解读形式", "广播", InterpretationForm.class));
    }
}
