package gov.xianan.reform.registry.importing;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import gov.xianan.reform.registry.importing.ImportJob.FileFormat;

/** The import template and the marked error workbook. */
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
                csv.printRecord(WorkerRowParser.COLUMNS);
                csv.printRecord(EXAMPLE);
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
                var h = header.createCell(c);
                h.setCellValue(WorkerRowParser.REQUIRED.contains(column) ? column + "*" : column);
                h.setCellStyle(head);
                example.createCell(c).setCellValue(EXAMPLE.get(c));
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
            hh.createCell(0).setCellValue("列");
            hh.createCell(1).setCellValue("说明");
            int r = 1;
            for (String column : WorkerRowParser.COLUMNS) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column);
                row.createCell(1).setCellValue(HELP.get(column));
            }
            help.setColumnWidth(1, 90 * 256);
            book.write(out);
        }
    }

    /** The uploaded rows again (streamed), bad cells filled red, a last column 错误说明 per bad row. */
    static void markErrors(Path file, FileFormat format, Map<Integer, Map<String, String>> errors, OutputStream out) throws Exception {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("错误标注");
            CellStyle bad = book.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            List<String> header = new ArrayList<>();
            int[] rowIndex = { 0 };
            RowReader.read(file, format, (rowNumber, cells) -> {
                if (header.isEmpty()) {
                    header.addAll(cells);
                }
                Row row = sheet.createRow(rowIndex[0]++);
                Map<String, String> rowErrors = errors.getOrDefault(rowNumber, Map.of());
                for (int c = 0; c < Math.max(cells.size(), header.size()); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(c < cells.size() ? cells.get(c) : "");
                    String column = c < header.size() ? header.get(c).replace("*", "").strip() : "";
                    if (rowErrors.containsKey(column)) {
                        cell.setCellStyle(bad);
                    }
                }
                int last = Math.max(cells.size(), header.size());
                if (rowIndex[0] == 1) {
                    row.createCell(last).setCellValue("错误说明");
                } else if (!rowErrors.isEmpty()) {
                    StringBuilder sb = new StringBuilder();
                    rowErrors.forEach((col, msg) -> sb.append(col).append(":").append(msg).append(";"));
                    var cell = row.createCell(last);
                    cell.setCellValue(sb.toString());
                    cell.setCellStyle(bad);
                }
            });
            book.write(out);
        } finally {
            book.close();
        }
    }
}
