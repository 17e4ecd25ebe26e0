package gov.xianan.reform.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks and normalises a record's fields against its type, the same way for the API (JSON
 * values) and for an import (the cells of a row, as text): dates as {@code yyyy-MM-dd}, kinds as
 * codes (a file may give the Chinese label), enterprises as ids (a file gives the credit code or
 * the full name). And the other way: the fields as people read them (labels, enterprise names),
 * for lists, exports and the history.
 */
public final class RecordValues {

    /**
     * How referenced rows are found: enterprises by id (API) and by credit code or full name (file);
     * registry workers by id (API) and by ID number (file); honours by id.
     */
    public interface References {
        boolean exists(long id);

        Optional<Long> byCodeOrName(String text);

        boolean workerExists(long id);

        Optional<Long> workerByIdNumber(String idNumber);

        boolean honourExists(long id);
    }

    /** Names of what the fields refer to, for people to read. */
    public record Names(Map<Long, String> enterprises, Map<Long, String> workers, Map<Long, String> honours) {
        public static final Names NONE = new Names(Map.of(), Map.of(), Map.of());
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、;;,,\\n]+");
    /** Strict: 2020-04-31 is an error, not 30 April. */
    private static final List<DateTimeFormatter> FILE_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("uuuu/M/d"), strict("uuuu-M-d"), strict("uuuu.M.d"), strict("uuuu年M月d日"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private RecordValues() {
    }

    /**
     * The checked, normalised fields; every problem goes to {@code error} (field, message).
     * {@code fromFile}: values are the cells' text, kinds may be labels, enterprises codes or names.
     */
    public static Map<String, Object> normalise(RecordType type, Map<String, ?> raw, boolean fromFile, References enterprises,
            BiConsumer<FieldDef, String> error) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            Object value = raw.get(f.key());
            if (value instanceof String s && s.isBlank()) {
                value = null;
            }
            if (value instanceof Collection<?> c && c.isEmpty()) {
                value = null;
            }
            if (value == null) {
                if (f.required()) {
                    error.accept(f, "必填");
                }
                continue;
            }
            Object v = switch (f.type()) {
                case TEXT, LONG_TEXT -> text(f, value, error);
                case DATE -> date(f, value, fromFile, error);
                case INTEGER -> integer(f, value, error);
                case KIND -> kind(f, value, error);
                case ENTERPRISE -> enterprise(f, value, fromFile, enterprises, error);
                case ENTERPRISES -> enterpriseList(f, value, fromFile, enterprises, error);
                case WORKER -> worker(f, value, fromFile, enterprises, error);
                case WORKERS -> workerList(f, value, fromFile, enterprises, error);
                case HONOUR -> honour(f, value, enterprises, error);
            };
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        return canonical(out);
    }

    /**
     * The fields as JSON reads them back: whole numbers that fit an int as Integer, others as Long
     * (so that the entity's JSON column compares equal to its stored value, and an unchanged record
     * is not written again).
     */
    @SuppressWarnings("unchecked")
    public static <T> T canonical(T value) {
        if (value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return (T) Integer.valueOf(n.intValue());
        }
        if (value instanceof List<?> l) {
            return (T) new ArrayList<>(l.stream().map(RecordValues::canonical).toList());
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, canonical(v)));
            return (T) out;
        }
        return value;
    }

    private static String text(FieldDef f, Object value, BiConsumer<FieldDef, String> error) {
        if (!(value instanceof String s)) {
            error.accept(f, "应为文字");
            return null;
        }
        String v = s.strip();
        if (f.max() != null && v.length() > f.max()) {
            error.accept(f, "不超过" + f.max() + "字");
            return null;
        }
        return v;
    }

    private static String date(FieldDef f, Object value, boolean fromFile, BiConsumer<FieldDef, String> error) {
        if (!(value instanceof String s)) {
            error.accept(f, "应为日期 yyyy-MM-dd");
            return null;
        }
        for (DateTimeFormatter format : fromFile ? FILE_DATES : FILE_DATES.subList(0, 1)) {
            try {
                LocalDate d = LocalDate.parse(s.strip(), format);
                if (d.getYear() < 2000 || d.getYear() > 2100) {
                    error.accept(f, "日期应在2000年至2100年之间");
                    return null;
                }
                return d.toString();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        error.accept(f, "无效的日期“" + s + "”,应为 yyyy-MM-dd");
        return null;
    }

    private static Long integer(FieldDef f, Object value, BiConsumer<FieldDef, String> error) {
        long n;
        if (value instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
            n = num.longValue();
        } else if (value instanceof String s && s.strip().matches("^-?\\d{1,9}(\\.0+)?$")) {
            n = Long.parseLong(s.strip().replaceFirst("\\.0+$", ""));
        } else {
            error.accept(f, "应为整数");
            return null;
        }
        if ((f.min() != null && n < f.min()) || (f.max() != null && n > f.max())) {
            error.accept(f, "应在" + f.min() + "至" + f.max() + "之间");
            return null;
        }
        return n;
    }

    private static String kind(FieldDef f, Object value, BiConsumer<FieldDef, String> error) {
        Optional<RecordKinds.Kind> k = value instanceof String s ? RecordKinds.find(f.dictionary(), s) : Optional.empty();
        if (k.isEmpty()) {
            error.accept(f, "无效的取值“" + value + "”,可选: "
                    + RecordKinds.of(f.dictionary()).stream().map(RecordKinds.Kind::label).collect(Collectors.joining("、")));
            return null;
        }
        return k.get().code();
    }

    private static Long enterprise(FieldDef f, Object value, boolean fromFile, References enterprises, BiConsumer<FieldDef, String> error) {
        if (fromFile && value instanceof String s) {
            Optional<Long> id = enterprises.byCodeOrName(s.strip());
            if (id.isEmpty()) {
                error.accept(f, "企业未登记: " + s.strip());
            }
            return id.orElse(null);
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            error.accept(f, "应为企业编号");
            return null;
        }
        if (!enterprises.exists(n.longValue())) {
            error.accept(f, "企业不存在: " + n.longValue());
            return null;
        }
        return n.longValue();
    }

    private static Long worker(FieldDef f, Object value, boolean fromFile, References refs, BiConsumer<FieldDef, String> error) {
        if (fromFile && value instanceof String s) {
            // the file names the worker by ID number; the message never repeats it (masking)
            Optional<Long> id = refs.workerByIdNumber(s.strip().toUpperCase());
            if (id.isEmpty()) {
                error.accept(f, "名册中没有该身份证号的工人");
            }
            return id.orElse(null);
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            error.accept(f, "应为工人编号");
            return null;
        }
        if (!refs.workerExists(n.longValue())) {
            error.accept(f, "工人不存在: " + n.longValue());
            return null;
        }
        return n.longValue();
    }

    private static List<Long> workerList(FieldDef f, Object value, boolean fromFile, References refs, BiConsumer<FieldDef, String> error) {
        List<?> items = fromFile && value instanceof String s ? List.of(LIST_SEPARATOR.split(s.strip()))
                : value instanceof List<?> l ? l : null;
        if (items == null) {
            error.accept(f, "应为工人编号的列表");
            return null;
        }
        if (f.max() != null && items.size() > f.max()) {
            error.accept(f, "最多" + f.max() + "名工人");
            return null;
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof String t && t.isBlank()) {
                continue;
            }
            Long id = worker(f, item, fromFile, refs, error);
            if (id != null && !ids.add(id)) {
                error.accept(f, "同一工人重复列出");
            }
        }
        return ids.isEmpty() ? null : new ArrayList<>(ids);
    }

    private static Long honour(FieldDef f, Object value, References refs, BiConsumer<FieldDef, String> error) {
        Long id = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? Long.valueOf(n.longValue())
                : value instanceof String s && s.strip().matches("^\\d{1,18}$") ? Long.valueOf(s.strip()) : null;
        if (id == null) {
            error.accept(f, "应为荣誉编号");
            return null;
        }
        if (!refs.honourExists(id)) {
            error.accept(f, "荣誉不存在: " + id);
            return null;
        }
        return id;
    }

    private static List<Long> enterpriseList(FieldDef f, Object value, boolean fromFile, References enterprises,
            BiConsumer<FieldDef, String> error) {
        List<?> items = fromFile && value instanceof String s ? List.of(LIST_SEPARATOR.split(s.strip()))
                : value instanceof List<?> l ? l : null;
        if (items == null) {
            error.accept(f, "应为企业编号的列表");
            return null;
        }
        if (f.max() != null && items.size() > f.max()) {
            error.accept(f, "最多" + f.max() + "家企业");
            return null;
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof String t && t.isBlank()) {
                continue;
            }
            Long id = enterprise(f, item, fromFile, enterprises, error);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? null : new ArrayList<>(ids);
    }

    /** The fields as people read them: kinds by label, enterprises, workers and honours by name, in the type's order. */
    public static Map<String, String> display(RecordType type, Map<String, Object> fields, Names names) {
        Map<Long, String> enterpriseNames = names.enterprises();
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            Object v = fields.get(f.key());
            if (v == null) {
                continue;
            }
            out.put(f.key(), switch (f.type()) {
                case KIND -> RecordKinds.label(f.dictionary(), v.toString());
                case ENTERPRISE -> enterpriseNames.getOrDefault(((Number) v).longValue(), v.toString());
                case ENTERPRISES -> ((List<?>) v).stream().map(e -> enterpriseNames.getOrDefault(((Number) e).longValue(), e.toString()))
                        .collect(Collectors.joining("、"));
                case WORKER -> names.workers().getOrDefault(((Number) v).longValue(), v.toString());
                case WORKERS -> ((List<?>) v).stream().map(e -> names.workers().getOrDefault(((Number) e).longValue(), e.toString()))
                        .collect(Collectors.joining("、"));
                case HONOUR -> names.honours().getOrDefault(((Number) v).longValue(), v.toString());
                default -> v.toString();
            });
        }
        return out;
    }

    /** Every enterprise id the fields name. */
    public static List<Long> enterpriseIds(RecordType type, Map<String, Object> fields) {
        return ids(type, fields, FieldDef.Type.ENTERPRISE, FieldDef.Type.ENTERPRISES);
    }

    /** Every id the fields of this single type or list type name (e.g. WORKER, WORKERS). */
    public static List<Long> ids(RecordType type, Map<String, Object> fields, FieldDef.Type single, FieldDef.Type list) {
        List<Long> ids = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            Object v = fields.get(f.key());
            if (v instanceof Number n && f.type() == single) {
                ids.add(n.longValue());
            } else if (v instanceof List<?> l && f.type() == list) {
                l.forEach(e -> ids.add(((Number) e).longValue()));
            }
        }
        return ids;
    }

    /** The record's enterprise for filters: the type's enterprise field, or the first of its list. */
    public static Long firstEnterprise(RecordType type, Map<String, Object> fields) {
        if (type.enterprise() == null) {
            return null;
        }
        Object v = fields.get(type.enterprise());
        return v instanceof Number n ? n.longValue() : v instanceof List<?> l && !l.isEmpty() ? ((Number) l.get(0)).longValue() : null;
    }
}
