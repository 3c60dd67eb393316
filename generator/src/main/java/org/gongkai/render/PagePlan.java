package org.gongkai.render;

import java.util.List;

/** Every page of a site, in site order, and what every page shares. */
public record PagePlan(List<PageJob> pages, PageViews.SiteView site) {
    public PagePlan {
        pages = List.copyOf(pages);
    }
}
