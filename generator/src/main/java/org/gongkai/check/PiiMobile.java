package org.gongkai.check;

/**
 * Personal mobile numbers must be masked; office landlines (0530-8123456) are not personal data.
 */
public final class PiiMobile extends PersonalNumberRule {

    public PiiMobile() {
        super(
                "pii-mobile",
                "不得出现完整的 11 位手机号码，应写成 138****5678",
                PersonalData.Kind.MOBILE,
                "手机号码",
                m -> "请改写为 " + m.masked() + "（中间 4 位用 * 代替）；公开联系电话请用办公电话");
    }
}
