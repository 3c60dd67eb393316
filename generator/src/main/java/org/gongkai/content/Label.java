package org.gongkai.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese label of a {@link Labelled} constant, written at the constant where a reader looks
 * for it ({@code @Label("预算") BUDGET}); {@link Labelled#label()} reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {

    /** What readers see. */
    String value();

    /**
     * Other spellings editors may write for the constant, besides its label and its slug (any case
     * for Latin ones): 现行有效 for 有效, 县级政府 for 县政府.
     */
    String[] also() default {};
}
