package gov.xianan.reform.registry.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks ID numbers and phone numbers wherever they stand in a free text — a search filter kept in
 * the audit trail, a cell of an import file typed into the wrong column, an error message that
 * quotes a value — for readers without pii-reader. A full ID number is masked as everywhere
 * ({@link IdNumbers#mask}); any other run of six or more digits (a partial ID number, a phone, a
 * bank account) keeps nothing but its length.
 */
public final class PersonalNumbers {

    /**
     * 18-character ID numbers (17 digits and a check digit or X), or any other standalone run of six
     * or more digits. "Standalone": not inside a longer code of letters and digits such as a unified
     * social credit code ({@code 91421202MA4900001X}), which is no personal data.
     */
    private static final Pattern NUMBERS = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[\\dXx]|\\d{6,}[Xx]?)(?![0-9A-Za-z])");

    private PersonalNumbers() {
    }

    public static String maskWithin(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBERS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(n.length() == 18 ? IdNumbers.mask(n) : "*".repeat(n.length())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
