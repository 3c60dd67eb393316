package org.gongkai.render;

/**
 * One page to render: where it goes, which template fills the main area, and its view. Views are
 * records all the way down, so two jobs are equal exactly when they render the same bytes with the
 * same templates: the preview server re-renders only the jobs that differ from its last plan.
 */
public record PageJob(String path, String template, PageViews.PageMeta meta, Object view) {

    /**
     * A page one level below 首页 (deeper with {@code crumbs}), its path given once for the file and
     * the breadcrumb alike.
     */
    static PageJob under(
            String path,
            String template,
            String title,
            String navKey,
            Object view,
            Views.Crumb... crumbs) {
        return new PageJob(
                path, template, PageViews.PageMeta.under(title, path, navKey, crumbs), view);
    }

    /**
     * The same page showing {@code other} instead (a type's own view in place of the generic one).
     */
    PageJob with(Object other) {
        return new PageJob(path, template, meta, other);
    }
}
