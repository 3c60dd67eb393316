package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unmasked personal numbers in a line of text: 18-digit 居民身份证号码 whose ISO 7064 MOD 11-2 check
 * character is right, 11-digit mobile numbers (1[3-9]…), and 13–19 digit bank-card numbers (first
 * digit 3–6, as issued card numbers start) that pass Luhn. A number glued to letters or digits on
 * either side (索引号 11371723004235384N/…, a longer run) is not a personal number; a masked one
 * ({@code 3714**********1234}, {@code 138****5678}) has no full digit run.
 */
public final class PersonalData {

    public enum Kind {
        ID_CARD,
        MOBILE,
        BANK_CARD
    }

    /** One unmasked number: {@code start} is the 0-based offset in the line. */
    public record Match(Kind kind, int start, String text, String masked) {}

    /**
     * A bank-card number written in groups of four (6228 4800 1234 5671); plain runs are scanned by
     * hand.
     */
    private static final Pattern GROUPED_CARD =
            Pattern.compile(
                    "(?<![0-9A-Za-z*])[3-6]\\d{3}(?: \\d{4}){2,3}(?: \\d{1,3})?(?![0-9A-Za-z*])");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalData() {}

    /** Every unmasked number of {@code kind} in the line, in order. */
    public static List<Match> find(String line, Kind kind) {
        return findAll(line).get(kind);
    }

    private static void add(
            Map<Kind, List<Match>> out, Kind kind, int start, String text, String masked) {
        out.get(kind).add(new Match(kind, start, text, masked));
    }

    /**
     * Every unmasked number of every kind in the line, each kind's in order. Walks maximal digit
     * runs by hand, once for all three kinds (this runs on every line of every file): a run counts
     * only when neither neighbour is a letter, digit or {@code *}.
     */
    public static Map<Kind, List<Match>> findAll(String line) {
        return findAll(line, digits(line.toCharArray(), line.length()));
    }

    /**
     * As {@link #findAll(String)}, given how many {@link #digits} the line holds: the scan counts
     * them once, to skip a line that {@link #mayHold} none, and this reads the same count.
     */
    static Map<Kind, List<Match>> findAll(String line, int digits) {
        Map<Kind, List<Match>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new ArrayList<>());
        }
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!digit(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && digit(line.charAt(i))) {
                i++;
            }
            int end = i;
            if (end - start < 11 || !free(line, start - 1)) {
                continue; // shorter than any of the three, or glued to what stands before it
            }
            // an ID number may end in X: that run is one character longer for this kind only
            int idEnd =
                    end - start == 17
                                    && end < n
                                    && (line.charAt(end) == 'X' || line.charAt(end) == 'x')
                            ? end + 1
                            : end;
            if (idEnd - start == 18 && free(line, idEnd)) {
                String s = line.substring(start, idEnd);
                if (isIdCard(s)) {
                    add(
                            out,
                            Kind.ID_CARD,
                            start,
                            s,
                            s.substring(0, 4) + "**********" + s.substring(14));
                }
            }
            if (!free(line, end)) {
                continue;
            }
            String s = line.substring(start, end);
            if (s.length() == 11 && s.charAt(0) == '1' && s.charAt(1) >= '3') {
                add(out, Kind.MOBILE, start, s, s.substring(0, 3) + "****" + s.substring(7));
            }
            if (isCard(s)) {
                add(out, Kind.BANK_CARD, start, s, maskCard(s));
            }
        }
        if (line.indexOf(' ') >= 0 && digits >= 13) {
            List<Match> cards = out.get(Kind.BANK_CARD);
            Matcher m = GROUPED_CARD.matcher(line);
            while (m.find()) {
                String number = m.group().replace(" ", "");
                if (isCard(number)) {
                    cards.add(new Match(Kind.BANK_CARD, m.start(), m.group(), maskCard(number)));
                }
            }
            cards.sort(Comparator.comparingInt(Match::start));
        }
        return out;
    }

    /**
     * 13–19 digits, first 3–6 as issued cards start, Luhn; an ID number passing Luhn by chance is
     * an ID.
     */
    private static boolean isCard(String digits) {
        return digits.length() >= 13
                && digits.length() <= 19
                && digits.charAt(0) >= '3'
                && digits.charAt(0) <= '6'
                && luhn(digits)
                && !(digits.length() == 18 && isIdCard(digits));
    }

    private static String maskCard(String digits) {
        return digits.substring(0, 4)
                + "*".repeat(digits.length() - 8)
                + digits.substring(digits.length() - 4);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Position {@code i} is outside the line or holds something a number may stand next to. */
    private static boolean free(String line, int i) {
        if (i < 0 || i >= line.length()) {
            return true;
        }
        char c = line.charAt(i);
        return !(digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '*');
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

    /**
     * Whether a text of {@code digits} digits has enough for any of the three (a mobile number is
     * 11, a card in groups 13 or more): most lines have not, and need no {@link #findAll} map of
     * lists.
     */
    static boolean mayHold(int digits) {
        return digits >= 11;
    }

    /**
     * The ASCII digits among a text's characters {@code chars[0, length)}: asked of every line of
     * every file, so read from an array, where C1's {@code String.charAt} costs three times as
     * much.
     */
    static int digits(char[] chars, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
