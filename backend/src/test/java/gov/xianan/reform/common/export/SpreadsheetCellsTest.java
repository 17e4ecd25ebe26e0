package gov.xianan.reform.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** OWASP CSV injection: text that a spreadsheet would run never reaches it as a formula. */
class SpreadsheetCellsTest {

    static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(1)", "\t=1", "\r=1");

    @Test
    void textStartingWithAFormulaCharacterGetsAQuote() {
        for (String attack : ATTACKS) {
            assertThat(SpreadsheetCells.neutralise(attack)).isEqualTo("'" + attack);
            assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(attack))).isEqualTo(attack);
        }
        assertThat(SpreadsheetCells.neutralise("张三")).isEqualTo("张三");
        assertThat(SpreadsheetCells.neutralise("a=1")).isEqualTo("a=1");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
        assertThat(SpreadsheetCells.restore("'abc")).isEqualTo("'abc"); // a quote the user typed stays
    }

    @Test
    void csvCellsAreNeutralisedAndNumbersStayNumbers() throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            SpreadsheetCells.printRecord(csv, Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "-2", -2, null, new java.math.BigDecimal("-3.50")));
        }
        assertThat(w.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-2,-2,,-3.50\r\n");
    }

    @Test
    void xlsxCellsAreStringsNeverFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            Row row = book.createSheet("s").createRow(0);
            for (int c = 0; c < ATTACKS.size(); c++) {
                SpreadsheetCells.set(row, c, ATTACKS.get(c));
            }
            SpreadsheetCells.set(row, ATTACKS.size(), -2);
            book.write(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(0);
            for (int c = 0; c < ATTACKS.size(); c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(c).getStringCellValue()).isEqualTo("'" + ATTACKS.get(c));
            }
            assertThat(row.getCell(ATTACKS.size()).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(ATTACKS.size()).getNumericCellValue()).isEqualTo(-2.0);
        }
    }
}
