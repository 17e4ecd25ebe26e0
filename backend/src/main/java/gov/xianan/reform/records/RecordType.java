package gov.xianan.reform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import gov.xianan.reform.common.error.Violations;

/**
 * A kind of department record, defined once: its code (the URL segment under
 * {@code /api/v1/records}), labels, fields, which field gives the record's date, which its
 * enterprise, and any rule across fields. Which departments write it is data
 * ({@code record_type_owner}), never code.
 *
 * @param code       URL segment and stored {@code record_type}, e.g. {@code publicity-sessions}
 * @param dateOf     the record's date from its checked fields (filters, indicators per year)
 * @param enterprise the key of the field naming the record's (first) enterprise, or null
 * @param title      the key of the field that names a record in lists and history, or null
 * @param check      rules across fields, adding violations (e.g. settled ≤ raised)
 */
public record RecordType(String code, String label, String labelEn, String description, List<FieldDef> fields,
        Function<Map<String, Object>, LocalDate> dateOf, String enterprise, String title,
        BiConsumer<Map<String, Object>, Violations> check) {

    public Optional<FieldDef> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The record date is a DATE field of its own. */
    public static Function<Map<String, Object>, LocalDate> dateField(String key) {
        return f -> f.get(key) == null ? null : LocalDate.parse((String) f.get(key));
    }

    public static final BiConsumer<Map<String, Object>, Violations> NO_CHECK = (f, v) -> {
    };
}
