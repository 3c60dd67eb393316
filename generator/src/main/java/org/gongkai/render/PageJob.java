package org.gongkai.render;

/**
 * One page to render: where it goes, which template fills the main area, and its view. Views are
 * records all the way down, so two jobs are equal exactly when they render the same bytes with the
 * same templates: the preview server re-renders only the jobs that differ from its last plan.
 */
public record PageJob(String path, String template, PageViews.PageMeta meta, Object view) {

    /**
     * The same page showing {@code other} instead (a type's own view in place of the generic one).
     */
    PageJob with(Object other) {
        return new PageJob(path, template, meta, other);
    }
}
