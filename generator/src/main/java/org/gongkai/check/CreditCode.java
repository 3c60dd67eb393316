package org.gongkai.check;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9A-Z} without I, O, Z, S, V; the last is a
 * MOD 31 check character over the first 17 (weights 3^i mod 31).
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    };

    private CreditCode() {}

    /**
     * The check character the first 17 characters call for, or empty when one of them is not
     * allowed.
     */
    public static Optional<Character> checkCharacter(String first17) {
        if (first17.length() != 17) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                return Optional.empty();
            }
            sum += v * WEIGHTS[i];
        }
        return Optional.of(ALPHABET.charAt((31 - sum % 31) % 31));
    }

    public static boolean isValid(String code) {
        return code.length() == 18
                && checkCharacter(code.substring(0, 17))
                        .map(c -> c == code.charAt(17))
                        .orElse(false);
    }
}
