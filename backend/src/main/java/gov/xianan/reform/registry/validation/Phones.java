package gov.xianan.reform.registry.validation;

/** Phone numbers: mobile (11 digits from 1) or fixed line with area code. */
public final class Phones {

    public static final String PATTERN = "^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$";

    /** A phone, or a phone masked as {@link #mask} shows it (sent back unchanged by an edit form that read it masked). */
    public static final String PATTERN_OR_MASKED = "^(1\\d{10}|0\\d{2,3}-?\\d{7,8}|[\\d-]{3}\\*{1,13}\\d{4})$";

    public static boolean isMasked(String phone) {
        return phone != null && phone.contains("*");
    }

    private Phones() {
    }

    /** {@code 138****5678}: first three and last four shown. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
