package org.gongkai.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads catalog.yaml into a {@link StandardCatalog}; every problem is a {@code catalog-config}
 * finding at its line.
 */
final class CatalogReader {

    static final String RULE = "catalog-config";
    static final Set<String> ITEM_KEYS =
            Set.of(
                    "id",
                    "area",
                    "name",
                    "content",
                    "basis",
                    "limit",
                    "cycle",
                    "subject",
                    "channels",
                    "types",
                    "topics");

    private CatalogReader() {}

    /**
     * The site's catalog; the built-in township 标准目录 ({@link #builtIn}) when there is no
     * catalog.yaml (the file is optional).
     */
    static StandardCatalog read(ContentPath paths, List<Finding> findings) throws IOException {
        if (!Files.exists(paths.root().resolve(StandardCatalog.FILE), LinkOption.NOFOLLOW_LINKS)) {
            return builtIn(findings);
        }
        Optional<FrontMatter> file = SettingsReader.yamlFile(paths, StandardCatalog.FILE, findings);
        return file.map(f -> items(f, false)).orElse(StandardCatalog.empty());
    }

    /**
     * The township's 基层政务公开标准目录 the generator carries (国办发〔2019〕54号's 26 领域 as far as a township
     * publishes them, and 条例 第二十条), in catalog.yaml's own format so an editor can copy it into
     * content/ and cut it to the township. Its findings are named {@link StandardCatalog#BUILT_IN};
     * a test holds it to none.
     */
    static StandardCatalog builtIn(List<Finding> findings) throws IOException {
        String text;
        try (InputStream in = CatalogReader.class.getResourceAsStream(StandardCatalog.FILE)) {
            if (in == null) {
                throw new IOException("the built-in catalog.yaml is missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return SettingsReader.yamlText(StandardCatalog.BUILT_IN, text, findings)
                .map(f -> items(f, true))
                .orElse(StandardCatalog.empty());
    }

    private static StandardCatalog items(FrontMatter f, boolean builtIn) {
        f.warnUnknownKeys(Set.of("items"), "catalog.yaml ");
        if (!(f.raw("items") instanceof List<?> list)) {
            f.error(RULE, f.at("items"), "catalog.yaml 应有 items: 列表，每项写一个标准目录事项（id、name、limit …）");
            return StandardCatalog.empty();
        }
        List<StandardCatalog.Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object raw : list) {
            if (!(raw instanceof Map<?, ?> m)) {
                f.error(
                        RULE,
                        f.valueAt(raw, "items"),
                        "每个事项应是键值表：id、area、name、content、basis、limit …");
                continue;
            }
            @SuppressWarnings("unchecked")
            FrontMatter item = f.child((Map<String, Object>) m, raw, "items");
            item.warnUnknownKeys(ITEM_KEYS, "标准目录事项");
            Optional<String> id = item.string("id");
            Optional<String> name = item.string("name");
            if (id.isEmpty() || name.isEmpty()) {
                item.error(RULE, item.start(), "事项缺少 id（编号，文件的 catalog_item 写它）或 name（事项名称）");
                continue;
            }
            if (!ids.add(id.get())) {
                item.error(RULE, item.at("id"), "事项编号“" + id.get() + "”重复");
                continue;
            }
            String limit = item.string("limit").orElse("");
            // a limit without days (每年1月31日前, 与文件同步发布) is shown, not counted; 工作日 without a number
            // is a slip
            if (StandardCatalog.TimeLimit.parse(limit).isEmpty() && limit.contains("工作日")) {
                item.error(
                        RULE,
                        item.at("limit"),
                        "时限“" + limit + "”读不出天数：写成“自形成或变更之日起20个工作日内”" + "或“批复后20日内”");
            }
            String cycle = item.string("cycle").orElse("");
            if (!cycle.isEmpty() && StandardCatalog.Item.cycleMonths(cycle).isEmpty()) {
                item.error(RULE, item.at("cycle"), "更新周期“" + cycle + "”读不出：写 每月、每季度、每半年、每年 或 N个月");
            }
            List<DocumentType> types = new ArrayList<>();
            for (String t : item.strings("types")) {
                DocumentType.byKey(t)
                        .ifPresentOrElse(
                                types::add,
                                () ->
                                        item.error(
                                                RULE,
                                                item.at("types"),
                                                "types 中的“"
                                                        + t
                                                        + "”不是文件类型：可写 policy、interpretation、decision、consultation、"
                                                        + "notice、publicity、page、report、budget"));
            }
            items.add(
                    new StandardCatalog.Item(
                            id.get(),
                            new StandardCatalog.Written(
                                    item.string("area").orElse(""),
                                    name.get(),
                                    item.string("content").orElse(""),
                                    item.string("basis").orElse(""),
                                    limit,
                                    cycle,
                                    item.string("subject").orElse("")),
                            item.strings("channels"),
                            types,
                            item.strings("topics"),
                            item.start()));
        }
        return new StandardCatalog(items, builtIn);
    }
}
