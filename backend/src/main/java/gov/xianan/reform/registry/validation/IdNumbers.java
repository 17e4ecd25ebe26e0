package gov.xianan.reform.registry.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Gender;

/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): six digits of area, eight of birth date, three
 * of sequence (odd for men) and a check character by ISO 7064 MOD 11-2.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private IdNumbers() {
    }

    /** The number in canonical form (trimmed, lower-case x upper-cased), or null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why the number is not valid, in Chinese; empty when it is valid. */
    public static Optional<String> problem(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.of("身份证号不能为空");
        }
        String id = normalize(idNumber);
        if (!id.matches("^\\d{17}[\\dX]$")) {
            return Optional.of("身份证号应为18位:17位数字加1位校验码(数字或X)");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("身份证号校验码错误");
        }
        return Optional.empty();
    }

    public static boolean isValid(String idNumber) {
        return problem(idNumber).isEmpty();
    }

    /** The birth date in digits 7–14, if it is a real date not in the future. */
    public static Optional<LocalDate> birthDate(String id) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return d.getYear() < 1900 || d.isAfter(LocalDate.now(ClockProducer.ZONE)) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Odd 17th digit: male. */
    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** {@code 421202********1234}: area code and last four shown, birth date and sequence hidden. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
