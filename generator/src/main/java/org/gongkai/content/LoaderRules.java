package org.gongkai.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The finding ids made where files are read (the loader, its readers, the resolver of references
 * and the platform's settings), each with what it guards. Registered like the check rules ({@code
 * check/Rules} lists them after its own), so {@code check --rules} and SARIF describe every id a
 * finding can carry; content cannot see the check package, so the list lives here, beside the code
 * that emits the ids.
 */
public final class LoaderRules {

    /** One finding id and its one-line Chinese description. */
    public record Described(String id, String description) {}

    private static final List<Described> ALL =
            List.of(
                    // the file as a whole
                    d("file-too-large", "Markdown 文件不能超过 4 MB，设置文件不能超过 1 MB（大段数据请放进附件）"),
                    d("file-unreadable", "文件必须能够读取（权限、损坏的磁盘等）"),
                    d("encoding", "文件必须是 UTF-8 文本：GBK、UTF-16 或含 NUL 的文件（改名的 Word 文件）不能读取"),
                    d("empty-file", "内容文件不能是空的"),
                    d("unknown-folder", "内容文件必须放在已知的栏目文件夹（policies/、notices/ 等）中，否则不会发布"),
                    // front matter
                    d("front-matter-missing", "内容文件必须以 --- 开头的 front matter（标题、日期等）开始"),
                    d("front-matter-unclosed", "front matter 必须以单独一行 --- 结束"),
                    d("front-matter-empty", "front matter 不能是空的，且必须是“键: 值”的形式"),
                    d(
                            "yaml-syntax",
                            "front matter 和设置文件的 YAML 写法必须正确（缩进、冒号、引号；不允许合并键 <<，别名和嵌套有上限）"),
                    d("front-matter-type", "每个键的值类型要对：文字、列表、键值表、整数或 true/false"),
                    d("unknown-key", "front matter 和设置文件中不认识的键会被忽略（多为拼写错误）"),
                    d(
                            "type-unknown",
                            "type 只能是 policy、interpretation、decision、consultation、notice、publicity、page、report"),
                    d("id-invalid", "编号（文件名或 id）只能由字母、数字、汉字和 . _ - 组成，且能作为网址中的文件夹名"),
                    d("id-duplicate", "编号（文件名或 id）在全站必须唯一"),
                    d("title-missing", "每个文件都要有标题 title"),
                    d("published-missing", "除固定页面外，每个文件都要有发布日期 published"),
                    d("date-invalid", "日期必须是真实存在的日期，写成 YYYY-MM-DD"),
                    d("date-format", "日期应写成 YYYY-MM-DD；其他写法已按日期读取，请改为标准写法"),
                    d(
                            "disclosure-invalid",
                            "公开属性只能是 主动公开、依申请公开 或 不予公开，写在 disclosure 下；读不懂时按不予公开处理"),
                    d("notice-kind", "通知公告的 kind 只能是 通知公告 或 工作动态"),
                    d(InterpretationForm.RULE, "政策解读的解读形式 form 只能是 文字解读、图解、问答 或 音视频"),
                    d("folder-name-invalid", "会成为网址中文件夹名的值（发布机构、村名、分类名）必须是可用的文件夹名"),
                    // the body
                    d("markdown-too-deep", "正文中引用、列表和方括号的嵌套不能过深（64 层）"),
                    d("markdown-too-complex", "正文中一段的内容不能复杂到无法在有限时间内排版（尖括号、链接过多）"),
                    // files a document names
                    d(
                            ContentPath.OUTSIDE,
                            "附件、图片、数据文件和 site.yaml 等设置文件必须在 content/ 之内"
                                    + "（../ 越界、绝对路径、指向外面的符号链接都不允许）"),
                    d(ContentPath.SOURCE, "附件、图片和数据文件不能是文档的 Markdown 源文件（.md）"),
                    d(ContentPath.RESERVED, "附件和图片不能使用生成器自己写出的文件名（index.html、*.gz、feed.xml 等）"),
                    d("attachment-missing", "每个附件都要写明文件名 file"),
                    d("attachment-active-content", "附件和数据文件不能是浏览器会运行的 HTML、SVG、XML（按文件内容判断）"),
                    d("attachment-type", "附件只能是 PDF、OFD、Office/WPS 文档、图片、ZIP 或纯文本，且扩展名与内容一致"),
                    d("image-type", "正文图片只能是 PNG、JPEG、GIF 或 WebP（按文件内容判断），且扩展名与内容一致"),
                    d("data-missing", "公示的数据文件（data）必须存在，放在公示文件旁边"),
                    d("data-not-csv", "公示的数据文件只能是 CSV 纯文本"),
                    // CSV tables
                    d("table-empty", "CSV 数据文件不能是空的，第一行是表头"),
                    d("table-shape", "CSV 数据的每一行列数要与表头相同"),
                    d("table-invalid", "CSV 数据文件必须能按 CSV 解析（引号成对）"),
                    d("table-too-large", "CSV 数据不能超过 16 MB 或 100,000 行（请拆分）"),
                    d("csv-formula", "CSV 单元格以 = + - @ 开头会被表格软件当作公式运行：发布时加 ' 作为文字，请核对数据"),
                    // settings and references
                    d("site-config", "site.yaml 要写 name 和 org_code，索引号格式、公示期、搜索地址等设置写法要正确"),
                    d("reference-unknown", "interprets、amends、repeals 和决策的 stages 引用的编号必须存在"),
                    d("catalog-config", "catalog.yaml（基层政务公开标准目录）的每个事项要写编号、名称和公开时限，写法正确"),
                    d("budget-kind", "财政预决算的 kind 只能是 预算 或 决算"),
                    // the theme's templates, found while pages render (so by build and serve, not
                    // check)
                    d("template-error", "主题模板必须能被 Velocity 解析和运行（#if 要闭合，变量名要写对）"),
                    d("template-forbidden", "主题模板只能读取页面数据，不能调用 Java（getClass、class、forName 等）"),
                    // the platform's settings (platform.yaml) and what only the whole platform can
                    // see
                    d("platform-config", "platform.yaml 必须存在，是“键: 值”的形式，各项设置写法正确"),
                    d("platform-column", "platform.yaml 中每个栏目要写 id、name、kind、path，且栏目文件夹存在"),
                    d("platform-url", "platform.yaml 中的网址必须是 http(s) 网址"),
                    d("platform-org-code", "platform.yaml 的 org_code 必须是有效的统一社会信用代码"),
                    d("platform-site-code", "platform.yaml 的网站标识码通常是 10 位数字"),
                    d("platform-doc-number-duplicate", "同一发文机关的文号在全平台各栏目之间不能重复"),
                    d("platform-org-code-duplicate", "全平台每个栏目的 org_code（索引号前缀）必须各不相同"),
                    d("platform-link-broken", "引用其他栏目文件的链接（栏目编号:文件编号）必须指向平台上存在的栏目里已公开的政策文件"),
                    d("platform-theme", "platform.yaml 的 theme 必须是 themes/ 下的一个主题文件夹"));

    /** Each id once ({@code toUnmodifiableMap} refuses a second registration). */
    private static final Map<String, Described> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Described::id, d -> d));

    private LoaderRules() {}

    private static Described d(String id, String description) {
        return new Described(id, description);
    }

    /** Every id, in the order listed above. */
    public static List<Described> all() {
        return ALL;
    }

    /**
     * The description of a registered id; an unknown id is a programming error, found by the first
     * test.
     */
    public static String description(String id) {
        Described d = BY_ID.get(id);
        if (d == null) {
            throw new IllegalArgumentException("finding id not registered in LoaderRules: " + id);
        }
        return d.description();
    }
}
