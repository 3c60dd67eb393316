package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.platform.ColumnKind;
import org.gongkai.site.ConsultationStatus;
import org.gongkai.site.DecisionStage;
import org.gongkai.site.PublicityStatus;
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

    @Test
    void otherSpellingsNameTheirConstant() {
        assertEquals(Optional.of(Validity.VALID), Validity.parse("现行有效"));
        assertEquals(Optional.of(Validity.REPEALED), Validity.parse(" Repealed"));
        assertEquals(Optional.of(ColumnKind.TOWNSHIP), ColumnKind.parse("SubDistrict"));
        assertEquals(Optional.of(ColumnKind.TOWNSHIP), ColumnKind.parse("乡镇/街道"));
        assertEquals(Optional.of(ColumnKind.COUNTY), ColumnKind.parse("County"));
        assertEquals(Optional.of(ColumnKind.DEPARTMENT), ColumnKind.parse("县直部门"));
        assertEquals(Optional.empty(), ColumnKind.parse("村"));
        // byLabel is the label only: a slug is not a 决策状态
        assertEquals(Optional.empty(), DecisionStatus.parse("decided"));
    }

    /**
     * Every Labelled enum of the generator, found in its compiled classes so a new one is checked
     * without being listed here: each constant has a label, a slug, and every spelling it may be
     * written in names it and no other constant.
     */
    @Test
    void everyLabelledConstantHasItsOwnLabelAndSlug() throws IOException {
        List<Class<?>> enums = labelledEnums();
        assertTrue(
                enums.containsAll(
                        List.of(
                                BudgetKind.class,
                                DecisionStatus.class,
                                DisclosureAttribute.class,
                                InterpretationForm.class,
                                NoticeKind.class,
                                DocumentType.class,
                                Validity.class,
                                ColumnKind.class,
                                PublicityStatus.class,
                                DecisionStage.class,
                                ConsultationStatus.Phase.class)),
                () -> "the scan finds the enums: " + enums);
        for (Class<?> type : enums) {
            LabelTable table = LabelTable.of(type);
            Set<String> labels = new HashSet<>();
            Set<String> slugs = new HashSet<>();
            for (Object o : type.getEnumConstants()) {
                Labelled c = (Labelled) o;
                String what = type.getName() + "." + c.name();
                assertFalse(c.label().isBlank(), what + " has a label");
                assertTrue(c.slug().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), what + ": " + c.slug());
                assertTrue(labels.add(c.label()), what + "'s label is its own");
                assertTrue(slugs.add(c.slug()), what + "'s slug is its own");
                List<String> spellings = new ArrayList<>(List.of(c.label(), c.slug()));
                try {
                    spellings.addAll(
                            List.of(type.getField(c.name()).getAnnotation(Label.class).also()));
                } catch (NoSuchFieldException e) {
                    throw new AssertionError(e);
                }
                for (String s : spellings) {
                    assertEquals(c.ordinal(), table.byAnySpelling(s), what + " written " + s);
                }
            }
        }
    }

    /** A constant written without its {@link Label} is named when its enum is first asked. */
    @Test
    void aConstantWithoutLabelIsNamed() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, Unlabelled.LABELLED::label);
        assertTrue(e.getMessage().endsWith("Unlabelled.FORGOTTEN has no @Label"), e.getMessage());
    }

    private enum Unlabelled implements Labelled {
        @Label("有")
        LABELLED,
        FORGOTTEN
    }

    private static List<Class<?>> labelledEnums() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String file = classes.relativize(f).toString();
                String name = file.substring(0, file.length() - ".class".length());
                Class<?> c = load(name.replace(f.getFileSystem().getSeparator(), "."));
                if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            // not initialised: the scan runs none of the generator's static code
            return Class.forName(name, false, LabelledTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
