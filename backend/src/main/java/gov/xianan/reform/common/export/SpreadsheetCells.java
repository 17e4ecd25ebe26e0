package gov.xianan.reform.common.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * The one way the platform writes a value into a CSV or XLSX file, so that no exported text is ever
 * run as a formula by a spreadsheet program (OWASP "CSV Injection"): a text that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, in CSV and XLSX alike,
 * and an XLSX text cell is always written as a string cell, never as a formula. Numbers written as
 * numbers (a negative wage is a numeric cell) need nothing: only text is interpreted.
 *
 * <p>Every CSV or XLSX writer of the code base goes through here (worker export, import template and
 * error workbook); the import reader strips the quote again ({@link #restore}), so an exported file
 * imports unchanged.
 */
public final class SpreadsheetCells {

    /** The quote Excel and LibreOffice read as "this cell is text". */
    public static final char QUOTE = '\'';

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet program could read this text as a formula or a DDE call. */
    public static boolean dangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text to write: unchanged, or with a leading quote when it could be read as a formula. */
    public static String neutralise(String text) {
        return dangerous(text) ? QUOTE + text : text;
    }

    /** The value as a spreadsheet cell's text: numbers stay numbers (for CSV, their plain form), everything else is neutralised text. */
    public static Object csvValue(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return neutralise(value.toString());
    }

    /** Prints one CSV record through {@link #csvValue}. */
    public static void printRecord(CSVPrinter csv, List<?> values) throws IOException {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(csvValue(v));
        }
        csv.printRecord(out);
    }

    /** Sets a cell: a number as a numeric cell, anything else as a (neutralised) string cell; null as an empty string. */
    public static Cell set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value == null ? "" : neutralise(value.toString()));
        }
        return cell;
    }

    /** Creates the cell at {@code column} of {@code row} and sets it. */
    public static Cell set(Row row, int column, Object value) {
        return set(row.createCell(column), value);
    }

    /**
     * A value read back from an uploaded spreadsheet: the quote that {@link #neutralise} added is
     * taken off again (only before a character it would have been added for).
     */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == QUOTE && dangerous(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
