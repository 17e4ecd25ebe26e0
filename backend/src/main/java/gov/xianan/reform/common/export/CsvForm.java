package gov.xianan.reform.common.export;

import java.util.List;

/**
 * How an aggregate answer is written as CSV when the caller asks for {@code text/csv}: the one
 * table of its published cells, Chinese headers, one row per cell. A bean per answer type; the
 * {@link AggregateCsvWriter} finds it by the type of the resource method's result.
 */
public interface CsvForm<T> {

    Class<T> type();

    /** Name in the audit log and the file name, e.g. {@code workforce-statistics}. */
    String name();

    /** Column headers (Chinese first). */
    List<String> headers();

    /** The rows: numbers as numbers, text neutralised on writing; a hidden cell is an empty field with 已隐藏 = 是. */
    List<List<Object>> rows(T answer);

    /** 是/否 for a boolean column. */
    static String yesNo(boolean b) {
        return b ? "是" : "否";
    }
}
