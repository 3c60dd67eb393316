package org.gongkai.render;

import java.util.List;

/**
 * Every page of a site, in site order, what every page shares, and the rows of the 目录 (its pages
 * show them, its CSV and JSON downloads hold them).
 */
public record PagePlan(List<PageJob> pages, PageViews.SiteView site, List<Catalog.Row> catalog) {
    public PagePlan {
        pages = List.copyOf(pages);
        catalog = List.copyOf(catalog);
    }
}
