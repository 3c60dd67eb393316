package org.gongkai.render;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Serves a theme's templates to Velocity from memory: no global registry, one instance per engine.
 */
final class ThemeResourceLoader extends ResourceLoader {

    private final Map<String, String> templates;

    ThemeResourceLoader(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    @Override
    public void init(ExtProperties configuration) {
        // nothing to configure: the templates are given
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        String t = templates.get(source);
        if (t == null) {
            throw new ResourceNotFoundException("主题中没有模板 " + source);
        }
        return new StringReader(t);
    }

    @Override
    public boolean resourceExists(String resourceName) {
        return templates.containsKey(resourceName);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
