package gov.xianan.reform.records;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field of a department-record type: how it is named (Chinese first), typed, checked and
 * shown. The API, the import, the export and the SPA's generic form are all driven by these.
 */
@Schema(name = "RecordField", description = "记录字段定义 / a field of a record type")
public record FieldDef(
        @Schema(description = "Key in the record's fields") String key,
        @Schema(description = "Chinese label (also the import column)") String label,
        @Schema(description = "English label") String labelEn,
        @Schema(description = "TEXT, LONG_TEXT, DATE, INTEGER, KIND, ENTERPRISE, ENTERPRISES, WORKER (a registry worker's id; "
                + "a file gives the ID number), WORKERS (a list of them), HONOUR (an honour's id)") Type type,
        @Schema(description = "Must be given") boolean required,
        @Schema(description = "Smallest value (INTEGER) or null") @Nullable Integer min,
        @Schema(description = "Largest value (INTEGER) or longest text (TEXT, LONG_TEXT)") @Nullable Integer max,
        @Schema(description = "Dictionary kind of a KIND field (see kinds)") @Nullable String dictionary,
        @Schema(description = "How to fill it in (Chinese), for the form and the import template") @Nullable String help,
        @Schema(description = "No two records of the type share the value (e.g. a case number)") boolean unique) {

    public FieldDef(String key, String label, String labelEn, Type type, boolean required, Integer min, Integer max, String dictionary, String help) {
        this(key, label, labelEn, type, required, min, max, dictionary, help, false);
    }

    /** The same field, unique within its type. */
    public FieldDef asUnique() {
        return new FieldDef(key, label, labelEn, type, required, min, max, dictionary, help, true);
    }

    public enum Type {
        TEXT, LONG_TEXT, DATE, INTEGER, KIND, ENTERPRISE, ENTERPRISES, WORKER, WORKERS, HONOUR
    }

    public static FieldDef text(String key, String label, String labelEn, boolean required, int max, String help) {
        return new FieldDef(key, label, labelEn, Type.TEXT, required, null, max, null, help);
    }

    public static FieldDef longText(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.LONG_TEXT, required, null, 2000, null, help);
    }

    public static FieldDef date(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.DATE, required, null, null, null, help);
    }

    public static FieldDef integer(String key, String label, String labelEn, boolean required, int min, int max, String help) {
        return new FieldDef(key, label, labelEn, Type.INTEGER, required, min, max, null, help);
    }

    public static FieldDef kind(String key, String label, String labelEn, String dictionary, String help) {
        return new FieldDef(key, label, labelEn, Type.KIND, true, null, null, dictionary, help);
    }

    public static FieldDef enterprise(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.ENTERPRISE, required, null, null, null, help);
    }

    public static FieldDef worker(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.WORKER, required, null, null, null, help);
    }

    public static FieldDef workers(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.WORKERS, required, null, 1000, null, help);
    }

    public static FieldDef honour(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.HONOUR, required, null, null, null, help);
    }

    public static FieldDef enterprises(String key, String label, String labelEn, boolean required, String help) {
        return new FieldDef(key, label, labelEn, Type.ENTERPRISES, required, null, 50, null, help);
    }
}
