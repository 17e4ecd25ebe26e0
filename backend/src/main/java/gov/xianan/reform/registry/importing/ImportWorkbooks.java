package gov.xianan.reform.registry.importing;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import gov.xianan.reform.common.export.SpreadsheetCells;

import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.registry.validation.PersonalNumbers;
import gov.xianan.reform.registry.validation.Phones;

/** The import template and the marked error workbook; every cell through {@link SpreadsheetCells}. */
public final class ImportWorkbooks {

    private static final List<String> EXAMPLE = List.of("421202199001011234", "张三", "高中及中专", "4200", "中级工", "钳工", "是", "否", "是", "否",
            "13812345678", "91421202MA4900001X", "2024-03-01");
    private static final Map<String, String[]> CHOICES = Map.of(WorkerRowParser.EDUCATION, new String[] { "初中以下", "初中", "高中及中专", "大专以上" },
            WorkerRowParser.SKILL, new String[] { "普工", "初级工", "中级工", "高级工", "技师", "高级技师" },
            WorkerRowParser.AGRICULTURAL, new String[] { "是", "否" }, WorkerRowParser.OUTSIDE, new String[] { "是", "否" },
            WorkerRowParser.UNION, new String[] { "是", "否" }, WorkerRowParser.PARTY, new String[] { "是", "否" });
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry(WorkerRowParser.ID, "必填。18位公民身份号码,末位可为X;性别与出生日期从身份证号读取。已登记的人按身份证号更新,不会重复。"),
            Map.entry(WorkerRowParser.NAME, "必填,不超过50字。"),
            Map.entry(WorkerRowParser.EDUCATION, "必填:初中以下、初中、高中及中专、大专以上。"),
            Map.entry(WorkerRowParser.WAGE, "必填,单位元,可带两位小数。"),
            Map.entry(WorkerRowParser.SKILL, "必填:普工、初级工、中级工、高级工、技师、高级技师。"),
            Map.entry(WorkerRowParser.OCCUPATION, "选填,如钳工、电工。"),
            Map.entry(WorkerRowParser.AGRICULTURAL, "必填,是/否。农业户口即农民工。"),
            Map.entry(WorkerRowParser.OUTSIDE, "必填,是/否。是否来自区外。"),
            Map.entry(WorkerRowParser.UNION, "必填,是/否。"),
            Map.entry(WorkerRowParser.PARTY, "必填,是/否。"),
            Map.entry(WorkerRowParser.PHONE, "选填,11位手机号或带区号的固定电话。"),
            Map.entry(WorkerRowParser.ENTERPRISE, "选填,所在企业的统一社会信用代码,企业须已登记。企业变化即为调动。"),
            Map.entry(WorkerRowParser.SINCE, "选填,yyyy-MM-dd;不填则为导入当天。"));

    private ImportWorkbooks() {
    }

    public static void template(FileFormat format, OutputStream out) throws Exception {
        if (format == FileFormat.CSV) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                SpreadsheetCells.printRecord(csv, WorkerRowParser.COLUMNS);
                SpreadsheetCells.printRecord(csv, EXAMPLE);
            }
            return;
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("工人名册");
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle head = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            head.setFont(font);
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            for (int c = 0; c < WorkerRowParser.COLUMNS.size(); c++) {
                String column = WorkerRowParser.COLUMNS.get(c);
                SpreadsheetCells.set(header, c, WorkerRowParser.REQUIRED.contains(column) ? column + "*" : column).setCellStyle(head);
                SpreadsheetCells.set(example, c, EXAMPLE.get(c));
                sheet.setDefaultColumnStyle(c, text); // ID numbers and dates stay text, never 4.21E+17
                sheet.setColumnWidth(c, 18 * 256);
                if (CHOICES.containsKey(column)) {
                    var validation = dv.createValidation(dv.createExplicitListConstraint(CHOICES.get(column)),
                            new CellRangeAddressList(1, 100_000, c, c));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet("填写说明");
            Row hh = help.createRow(0);
            SpreadsheetCells.set(hh, 0, "列");
            SpreadsheetCells.set(hh, 1, "说明");
            int r = 1;
            for (String column : WorkerRowParser.COLUMNS) {
                Row row = help.createRow(r++);
                SpreadsheetCells.set(row, 0, column);
                SpreadsheetCells.set(row, 1, HELP.get(column));
            }
            help.setColumnWidth(1, 90 * 256);
            book.write(out);
        }
    }

    /**
     * The error workbook: a first column 原行号 (the row's number in the uploaded file), the header
     * and every row with errors as uploaded, bad cells filled, a last column 错误说明. Without
     * pii-reader the ID number and phone columns are masked, and so is any ID number or phone typed
     * into another column or quoted in a message. Each row written is counted in {@code written}.
     */
    static void markErrors(List<ImportService.KeptRow> kept, Map<Integer, Map<String, String>> errors, boolean unmasked, OutputStream out,
            AtomicLong written) throws Exception {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("错误标注");
            CellStyle bad = book.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle head = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            head.setFont(font);
            List<String> header = kept.isEmpty() ? List.of() : kept.get(0).cells();
            WorkerRowParser columns = WorkerRowParser.forHeader(header, Map.of(), new ArrayList<>());
            int idColumn = columns.columnIndex(WorkerRowParser.ID);
            int phoneColumn = columns.columnIndex(WorkerRowParser.PHONE);
            int enterpriseColumn = columns.columnIndex(WorkerRowParser.ENTERPRISE);
            Row top = sheet.createRow(0);
            SpreadsheetCells.set(top, 0, "原行号").setCellStyle(head);
            for (int c = 0; c < header.size(); c++) {
                SpreadsheetCells.set(top, c + 1, header.get(c)).setCellStyle(head);
            }
            SpreadsheetCells.set(top, header.size() + 1, "错误说明").setCellStyle(head);
            sheet.createFreezePane(1, 1);
            int rowIndex = 1;
            for (ImportService.KeptRow r : kept.subList(Math.min(1, kept.size()), kept.size())) {
                Row row = sheet.createRow(rowIndex++);
                SpreadsheetCells.set(row, 0, r.rowNumber());
                Map<String, String> rowErrors = errors.getOrDefault(r.rowNumber(), Map.of());
                int width = Math.max(r.cells().size(), header.size());
                for (int c = 0; c < width; c++) {
                    String value = c < r.cells().size() ? r.cells().get(c) : "";
                    if (!unmasked && !value.isEmpty()) {
                        value = c == idColumn ? IdNumbers.mask(value)
                                : c == phoneColumn ? Phones.mask(value)
                                : c == enterpriseColumn ? value
                                : PersonalNumbers.maskWithin(value);
                    }
                    var cell = SpreadsheetCells.set(row, c + 1, value);
                    String column = c < header.size() ? header.get(c).replace("*", "").strip() : "";
                    if (rowErrors.containsKey(column)) {
                        cell.setCellStyle(bad);
                    }
                }
                if (!rowErrors.isEmpty()) {
                    StringBuilder sb = new StringBuilder();
                    rowErrors.forEach((col, msg) -> sb.append(col).append(":").append(msg).append(";"));
                    String explanation = unmasked ? sb.toString() : PersonalNumbers.maskWithin(sb.toString());
                    SpreadsheetCells.set(row, width + 1, explanation).setCellStyle(bad);
                }
                written.incrementAndGet();
            }
            book.write(out);
        } finally {
            book.close();
        }
    }
}
