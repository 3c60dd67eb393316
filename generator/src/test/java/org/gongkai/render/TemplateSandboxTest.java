package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A theme template reaches page data and nothing else: every way from a value to Java's classes,
 * reflection, class loaders, threads, the runtime or a process is refused at its line and column.
 */
class TemplateSandboxTest {

    /** A view record as the renderer hands them to templates. */
    public record Item(String title, List<String> tags, int count) {
        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    private static String render(String template) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, TemplateSandbox.class.getName());
        engine.init();
        VelocityContext ctx = new VelocityContext();
        ctx.put("view", new Item("标题", List.of("养老", "救助"), 2));
        ctx.put("site", new Item("安乐镇", List.of(), 0));
        Map<String, String> assets = new TreeMap<>();
        assets.put("gongkaiCSS", "assets/gongkai.1234.css");
        ctx.put("assets", assets);
        ctx.put("root", "../../");
        StringWriter w = new StringWriter();
        engine.evaluate(ctx, w, "t.vm", template);
        return w.toString();
    }

    @Test
    void whatTheThemesUseStillWorks() {
        assertEquals(
                "标题 2 true false 2 养老 养老 1true 救助 2false assets/gongkai.1234.css ../../ 2 true 救 标题x",
                render(
                        "$view.title $view.count $view.hasTags() $view.tags.isEmpty() $view.tags.size() $view.tags.get(0)"
                                + "#foreach($t in $view.tags) $t $foreach.count$foreach.first#end $assets.gongkaiCSS $root"
                                + " $view.title.length() $view.title.startsWith(\"标\") $view.tags.get(1).substring(0, 1)"
                                + " #set($x = \"${view.title}x\")$x"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$view.getClass()",
                "$view.class",
                "$view.class.name",
                "$view.title.getClass()",
                "$view.title.class.forName(\"java.lang.Runtime\")",
                "#set($rt = $site.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch /tmp/x\")",
                "$view.title.class.classLoader",
                "$view.title.getClass().getClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
                "$view.class.getDeclaredMethod(\"title\")",
                "$view.class.module",
                "$view.class.getModule().getClassLoader()",
                "$view.tags.getClass()",
                "$view.tags.class.forName(\"java.lang.Thread\")",
                "$view.tags.stream()",
                "$view.tags.toArray()",
                "$view.tags.iterator().getClass()",
                "$view.count.getClass()",
                "$view.count.class",
                "$view.hashCode().class",
                "$assets.getClass()",
                "$assets.class",
                "$assets.entrySet().iterator().next().getClass()",
                "$assets.put(\"x\", \"y\")",
                "$view.title.getBytes()",
                "$view.title.chars()",
                "$view.title.valueOf(1)",
                "$view.title.format(\"%s\", $view)",
                "#foreach($t in $view.tags)$foreach.parent#end",
                "#foreach($t in $view.tags)$foreach.topmost#end",
                "#foreach($t in $view.tags)$foreach.info#end",
                "#foreach($t in $view.tags)$foreach.getClass()#end",
                "#set($view.title = \"x\")",
                "#foreach($c in $view)$c#end",
                "#evaluate('$view.class.forName(\"java.lang.System\").exit(0)')",
                "#set($s = \"\")$s.class.forName(\"java.lang.reflect.Method\")",
                "#set($l = [])$l.getClass().forName(\"java.lang.ClassLoader\")",
                "#set($m = {})$m.class",
                "#set($n = 1)$n.class.forName(\"java.lang.System\").getenv()",
            })
    void reachingForJavaIsRefused(String payload) {
        TemplateRefusal refused =
                assertThrows(TemplateRefusal.class, () -> render(payload), payload);
        assertTrue(refused.finding().format().startsWith("t.vm:1:"), refused.finding().format());
        assertEquals("template-forbidden", refused.finding().ruleId());
    }
}
