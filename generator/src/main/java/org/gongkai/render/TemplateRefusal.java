package org.gongkai.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.util.introspection.Info;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * A theme template that cannot be used: it reached for something outside what {@link
 * TemplateSandbox} allows ({@code template-forbidden}), or Velocity could not parse or run it
 * ({@code template-error}). It ends the build as a content error at the template's line and column
 * (a theme is edited like content), exit 1, not as a crash with a Java message. Unchecked, because
 * Velocity passes runtime exceptions from introspection through unchanged.
 */
public final class TemplateRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String RULE = "template-forbidden";
    public static final String ERROR = "template-error";

    /** Where Velocity's own messages name a place: {@code notfound.vm[line 2, column 7]}. */
    private static final Pattern PLACE =
            Pattern.compile("([^\\s\\[]+)\\[line (\\d+), column (\\d+)\\]");

    private final String rule;
    private final String template;
    private final int line;
    private final int column;
    private final String what;
    private final String source;

    private TemplateRefusal(
            String rule, String template, int line, int column, String what, String source) {
        super(source + ":" + line + ":" + column + ": " + what, null, false, false);
        this.rule = rule;
        this.template = template;
        this.line = line;
        this.column = column;
        this.what = what;
        this.source = source;
    }

    static TemplateRefusal at(Info i, String what) {
        String name = i == null ? "?" : i.getTemplateName();
        return new TemplateRefusal(
                RULE, name, i == null ? 1 : i.getLine(), i == null ? 1 : i.getColumn(), what, name);
    }

    /** Velocity's parse or run failure of a template, at the place it names. */
    static TemplateRefusal failed(VelocityException e) {
        String name = "layout.vm";
        int line = 1;
        int column = 1;
        if (e instanceof ParseErrorException p && p.getTemplateName() != null) {
            name = p.getTemplateName();
            line = p.getLineNumber();
            column = p.getColumnNumber();
        } else if (e instanceof ExtendedParseException p && p.getTemplateName() != null) {
            name = p.getTemplateName();
            line = p.getLineNumber();
            column = p.getColumnNumber();
        } else {
            Matcher m = PLACE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                name = m.group(1);
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
            }
        }
        return new TemplateRefusal(
                ERROR, name, line, column, explained(String.valueOf(e.getMessage())), name);
    }

    /**
     * Velocity's strict-mode messages as an editor reads them; anything else as Velocity says it.
     */
    static String explained(String message) {
        Matcher m = Pattern.compile("does not contain property '([^']+)'").matcher(message);
        if (m.find()) {
            return "页面数据中没有字段“" + m.group(1) + "”，请检查拼写";
        }
        m = Pattern.compile("does not contain method ([\\w]+)").matcher(message);
        if (m.find()) {
            return "页面数据中没有方法“" + m.group(1) + "”，请检查拼写";
        }
        m = Pattern.compile("Variable \\$(\\w+) has not been set").matcher(message);
        if (m.find()) {
            return "变量 $" + m.group(1) + " 没有定义";
        }
        return "Velocity：" + message.lines().findFirst().orElse("");
    }

    /** The same refusal, naming the file the template came from (themes/NAME/templates/x.vm). */
    TemplateRefusal from(String sourceFile) {
        return new TemplateRefusal(rule, template, line, column, what, sourceFile);
    }

    public String template() {
        return template;
    }

    public Finding finding() {
        SourceRef where = new SourceRef(source, Math.max(line, 1), Math.max(column, 1));
        if (rule.equals(ERROR)) {
            return Finding.error(ERROR, where, "模板无法使用：请改正这一处的 Velocity 写法（" + what + "）");
        }
        return Finding.error(
                RULE,
                where,
                "模板不允许"
                        + what
                        + "：模板只能读取页面数据（$view、$page、$site 等的字段）和文字、列表的简单方法，不能调用 Java 类、"
                        + "反射或系统命令。请删去这一处");
    }
}
