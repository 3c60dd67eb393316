package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unmasked personal numbers in a line of text: 18-digit 居民身份证号码 whose ISO 7064 MOD 11-2 check
 * character is right, 11-digit mobile numbers (1[3-9]…), and 13–19 digit bank-card numbers (first digit 3–6, as issued
 * card numbers start) that pass Luhn.
 * A number glued to letters or digits on either side (索引号 11371723004235384N/…, a longer run) is not a
 * personal number; a masked one ({@code 3714**********1234}, {@code 138****5678}) has no full digit run.
 */
public final class PersonalData {

    public enum Kind { ID_CARD, MOBILE, BANK_CARD }

    /** One unmasked number: {@code start} is the 0-based offset in the line. */
    public record Match(Kind kind, int start, String text, String masked) {
    }

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z*])\\d{17}[\\dXx](?![0-9A-Za-z*])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z*])1[3-9]\\d{9}(?![0-9A-Za-z*])");
    private static final Pattern BANK_CARD = Pattern.compile(
            "(?<![0-9A-Za-z*])(?:[3-6]\\d{12,18}|[3-6]\\d{3}(?: \\d{4}){2,3}(?: \\d{1,3})?)(?![0-9A-Za-z*])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalData() {
    }

    public static List<Match> find(String line, Kind kind) {
        List<Match> out = new ArrayList<>();
        // most lines have no long digit run (a grouped card number has 13+ digits in all): skip the regex
        if (kind == Kind.BANK_CARD ? digitCount(line) < 13 : !hasDigitRun(line, kind == Kind.MOBILE ? 11 : 17)) {
            return out;
        }
        Matcher m = switch (kind) {
            case ID_CARD -> ID_CARD.matcher(line);
            case MOBILE -> MOBILE.matcher(line);
            case BANK_CARD -> BANK_CARD.matcher(line);
        };
        while (m.find()) {
            String s = m.group();
            switch (kind) {
                case ID_CARD -> {
                    if (isIdCard(s)) {
                        out.add(new Match(kind, m.start(), s, s.substring(0, 4) + "**********" + s.substring(14)));
                    }
                }
                case MOBILE -> out.add(new Match(kind, m.start(), s, s.substring(0, 3) + "****" + s.substring(7)));
                case BANK_CARD -> {
                    String digits = s.replace(" ", "");
                    // an 18-digit ID that passes Luhn by chance is reported as an ID card, not twice
                    if (digits.length() >= 13 && luhn(digits) && !(digits.length() == 18 && isIdCard(digits))) {
                        out.add(new Match(kind, m.start(), s, digits.substring(0, 4) + "*".repeat(digits.length() - 8)
                                + digits.substring(digits.length() - 4)));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return out;
    }

    /** GB 11643: ISO 7064 MOD 11-2 over the first 17 digits, and a plausible birth date. */
    public static boolean isIdCard(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        char check = Character.toUpperCase(s.charAt(17));
        if (ID_CHECK.charAt(sum % 11) != check) {
            return false;
        }
        int month = Integer.parseInt(s.substring(10, 12));
        int day = Integer.parseInt(s.substring(12, 14));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private static int digitCount(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigitRun(String line, int n) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= n) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }
}
