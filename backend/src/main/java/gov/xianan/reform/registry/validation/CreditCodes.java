package gov.xianan.reform.registry.validation;

import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet (digits and upper-case letters without I, O, Z, S, V); the last is a check character.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCodes() {
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase();
    }

    /** The check character for the first 17 characters (all from the alphabet). */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** Why the code is not valid, in Chinese; empty when it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("统一社会信用代码不能为空");
        }
        String c = normalize(code);
        if (c.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码含有无效字符“" + c.charAt(i) + "”(不使用 I、O、Z、S、V)");
            }
        }
        if (checkCharacter(c) != c.charAt(17)) {
            return Optional.of("统一社会信用代码校验码错误");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
