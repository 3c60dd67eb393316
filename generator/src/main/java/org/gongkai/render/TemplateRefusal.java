package org.gongkai.render;

import org.apache.velocity.util.introspection.Info;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * A template reached for something outside what {@link TemplateSandbox} allows. It ends the build as a
 * content error at the template's line and column (a theme is edited like content), not as a crash.
 * Unchecked, because Velocity passes runtime exceptions from introspection through unchanged.
 */
public final class TemplateRefusal extends RuntimeException {

    public static final String RULE = "template-forbidden";

    private final String template;
    private final int line;
    private final int column;
    private final String what;
    private final String source;

    private TemplateRefusal(String template, int line, int column, String what, String source) {
        super(source + ":" + line + ":" + column + ": 模板不允许" + what, null, false, false);
        this.template = template;
        this.line = line;
        this.column = column;
        this.what = what;
        this.source = source;
    }

    static TemplateRefusal at(Info i, String what) {
        String name = i == null ? "?" : i.getTemplateName();
        return new TemplateRefusal(name, i == null ? 1 : i.getLine(), i == null ? 1 : i.getColumn(), what, name);
    }

    /** The same refusal, naming the file the template came from (themes/NAME/templates/x.vm). */
    TemplateRefusal from(String sourceFile) {
        return new TemplateRefusal(template, line, column, what, sourceFile);
    }

    public String template() {
        return template;
    }

    public Finding finding() {
        return Finding.error(RULE, new SourceRef(source, Math.max(line, 1), Math.max(column, 1)), "模板不允许" + what
                + "：模板只能读取页面数据（$view、$page、$site 等的字段）和文字、列表的简单方法，不能调用 Java 类、"
                + "反射或系统命令。请删去这一处");
    }
}
