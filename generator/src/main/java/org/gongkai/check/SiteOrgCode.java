package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.Finding;
import org.gongkai.content.SiteConfig;

/**
 * site.yaml {@code org_code} is the 统一社会信用代码 every 索引号 starts with; a wrong one spoils them all.
 */
public final class SiteOrgCode extends SiteConfigRule {

    public SiteOrgCode() {
        super("site-org-code", "site.yaml 的 org_code 必须是有效的统一社会信用代码（18 位，第 18 位校验码符合 GB 32100）");
    }

    @Override
    void check(SiteConfig site, List<Finding> out) {
        problem(site.orgCode().strip()).ifPresent(m -> out.add(error(site.at("org_code"), m)));
    }

    /** What is wrong with the code, the first thing found; empty when nothing is. */
    private static Optional<String> problem(String code) {
        if (code.isEmpty()) {
            return Optional.empty(); // the loader reports a missing org_code
        }
        if (code.length() != 18) {
            return Optional.of(
                    "org_code“" + code + "”有 " + code.length() + " 位，统一社会信用代码应为 18 位：请照单位法人证书填写");
        }
        for (int i = 0; i < 18; i++) {
            if (CreditCode.ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(
                        "org_code 第 "
                                + (i + 1)
                                + " 位“"
                                + code.charAt(i)
                                + "”不是统一社会信用代码可用的字符（数字和大写字母，不含 I、O、Z、S、V）");
            }
        }
        char expected = CreditCode.checkCharacter(code.substring(0, 17)).orElseThrow();
        if (expected != code.charAt(17)) {
            return Optional.of(
                    "org_code“"
                            + code
                            + "”校验码不对：按前 17 位，第 18 位应为“"
                            + expected
                            + "”；请照单位法人证书核对，多半是某一位抄错");
        }
        return Optional.empty();
    }
}
