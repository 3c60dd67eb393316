package org.gongkai.publish;

import java.nio.file.Path;

/**
 * Where an incremental build finds what it may take and leaves what the next one may take: the site
 * it replaces, that site's {@link BuildRecord}, the Lucene blocks kept beside it, and where its own
 * record goes. A stand-alone site keeps all of it beside its output folder ({@link #beside}); a
 * column inside a platform is built into a folder of the platform's staging tree, whose neighbours
 * are published, so the platform names the places in its own cache instead, and writes the record
 * to {@code next} until the platform's output is in place.
 *
 * @param site the site the last build left, from which unchanged pages are taken
 * @param record that site's record
 * @param blocks where the Lucene index's blocks are kept from one build to the next
 * @param next where this build's record is written once its site is in place
 */
public record RecordPlace(Path site, Path record, Path blocks, Path next) {

    /**
     * For the output folder {@code out}: {@code .gongkai-cache/NAME.record} and {@code NAME.lucene}
     * beside it, never in the site.
     */
    public static RecordPlace beside(Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path cache = o.resolveSibling(".gongkai-cache");
        Path record = cache.resolve(o.getFileName() + ".record");
        return new RecordPlace(o, record, cache.resolve(o.getFileName() + ".lucene"), record);
    }
}
