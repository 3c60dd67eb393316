package org.gongkai.check;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;

/**
 * Inspections check the footer of every page for 网站标识码, ICP备案号 and 公安机关备案号 (国办发〔2017〕47号); a
 * missing one fails the site. Formats are checked loosely, as observed on real sites.
 */
public final class SiteFooterIds extends SiteConfigRule {

    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP备\\d+号(-\\d+)?");
    private static final Pattern PSB = Pattern.compile("\\p{IsHan}公网安备\\s*\\d+号");
    private static final Pattern CONAC = Pattern.compile("https?://bszs\\.conac\\.cn/\\S+");
    private static final Pattern ICON =
            Pattern.compile("[^/\\\\:~][^\\\\:]*\\.(png|gif|jpg|jpeg)", Pattern.CASE_INSENSITIVE);

    public SiteFooterIds() {
        super(
                "site-footer-ids",
                "site.yaml 必须写明页脚标识：网站标识码（site_code）、ICP备案号（icp）、公安机关备案号（psb）、党政机关网站标识（conac）");
    }

    @Override
    void check(SiteConfig s, List<Finding> out) {
        if (s.siteCode().isBlank()) {
            out.add(
                    error(
                            s.at("site_code"),
                            "site.yaml 缺少网站标识码：请加一行 site_code: '3717230012'（向本级政府网站主管单位索取）"));
        } else if (!s.siteCode().strip().matches("[0-9A-Za-z]{6,12}")) {
            out.add(warning(s.at("site_code"), "网站标识码“" + s.siteCode() + "”应为字母和数字（通常 10 位）"));
        }
        record(s, "icp", s.icp(), ICP, "ICP备案号", "鲁ICP备05021836号-1", out);
        record(s, "psb", s.psb(), PSB, "公安机关备案号", "鲁公网安备 37172302000163号", out);
        if (s.conacLink().isBlank()) {
            out.add(
                    warning(
                            s.at("conac"),
                            "site.yaml 缺少党政机关网站标识：请加上 conac: {link: 查验链接, icon: "
                                    + "标识图片文件}（开办网站时向机构编制部门申请，链接形如 https://bszs.conac.cn/sitename?method=show&id=…）"));
        } else {
            if (!CONAC.matcher(s.conacLink().strip()).matches()) {
                out.add(
                        warning(
                                s.at("conac"),
                                "党政机关网站标识的查验链接“"
                                        + s.conacLink()
                                        + "”不常见，应形如 https://bszs.conac.cn/sitename?method=show&id=…"));
            }
            if (s.conacIcon().isBlank()) {
                out.add(
                        warning(
                                s.at("conac"),
                                "党政机关网站标识缺少图标：请把标识图片放在 content/ 中，" + "并写 icon: 文件名（如 conac.png）"));
            } else if (!ICON.matcher(s.conacIcon()).matches()) {
                out.add(
                        error(
                                s.at("conac"),
                                "党政机关网站标识图标“"
                                        + s.conacIcon()
                                        + "”应是 content/ 中的 PNG、GIF 或 JPG 文件"));
            } // whether the file is there is seen where content/ is read (ContentLoader)
        }
    }

    /**
     * A 备案号 (ICP, 公安): missing fails the site; a form not seen before is only a warning, the
     * formats being observed, not specified.
     */
    private void record(
            SiteConfig s,
            String key,
            String value,
            Pattern form,
            String name,
            String example,
            List<Finding> out) {
        if (value.isBlank()) {
            out.add(
                    error(
                            s.at(key),
                            // a space between Chinese and a Latin word: 缺少 ICP备案号, 缺少公安机关备案号
                            "site.yaml 缺少"
                                    + (name.charAt(0) < 0x80 ? " " : "")
                                    + name
                                    + "：请加一行 "
                                    + key
                                    + ": "
                                    + example));
        } else if (!form.matcher(value.strip()).matches()) {
            out.add(warning(s.at(key), name + "“" + value + "”格式不常见，应形如 " + example));
        }
    }
}
