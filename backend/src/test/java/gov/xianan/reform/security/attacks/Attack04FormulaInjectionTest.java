package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesFiles.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Issue 11, item 4: "Exports carry formula injection: a worker named =HYPERLINK(...) is written
 * as-is into the CSV." The attack: a registry editor names workers so that a spreadsheet program
 * opening the export runs them; the export (CSV and XLSX) and the import error workbook must
 * carry them as inert text.
 */
@QuarkusTest
@Tag("keycloak")
class Attack04FormulaInjectionTest {

    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(1)");

    @Inject
    AttackFixturesFiles fx;

    private static boolean dangerous(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    @Test
    void formulaNamesComeOutAsTextInCsvXlsxAndTheErrorWorkbook() throws Exception {
        String staff = AttackFixturesFiles.token("federation-staff");
        long enterprise = fx.enterprise(staff, "公式注入测试企业");
        String[] births = { "19800111", "19800212", "19800313", "19800414" };
        for (int i = 0; i < NAMES.size(); i++) {
            fx.worker(staff, enterprise, Ids.idNumber(births[i], i % 2 == 0), NAMES.get(i), i == 0 ? "=cmd|' /C calc'!A0" : null);
        }

        String csv = new String(as(staff).queryParam("format", "csv").queryParam("enterpriseId", enterprise).when().get("/api/v1/workers/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(NAMES.size());
        List<String> names = new ArrayList<>();
        for (CSVRecord r : records) {
            r.forEach(cell -> assertThat(dangerous(cell)).as("CSV cell %s", cell).isFalse());
            names.add(r.get("姓名"));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> "'" + n).toList());
        assertThat(csv).contains("'=cmd|' /C calc'!A0");

        byte[] xlsx = as(staff).queryParam("format", "xlsx").queryParam("enterpriseId", enterprise).when().get("/api/v1/workers/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> xlsxNames = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(dangerous(cell.getStringCellValue())).as("XLSX cell %s", cell.getAddress()).isFalse();
                    }
                }
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                    xlsxNames.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC); // the wage stays a number
                }
            }
            assertThat(xlsxNames).containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> "'" + n).toList());
        }

        // the import error workbook echoes uploaded cells: inert too
        String upload = AttackFixturesFiles.IMPORT_HEADER
                + AttackFixturesFiles.importRow("421202199001011235", "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "13900001111", fx.creditCode(enterprise));
        long job = fx.importAndWait(staff, upload, true);
        byte[] marked = as(staff).when().get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            Cell name = book.getSheetAt(0).getRow(1).getCell(2);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        }
    }
}
