package gov.xianan.reform.records.importing;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import gov.xianan.reform.common.export.SpreadsheetCells;
import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordKinds;
import gov.xianan.reform.records.RecordType;
import gov.xianan.reform.records.service.RecordScope;
import gov.xianan.reform.records.service.RecordService;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportService;
import gov.xianan.reform.registry.importing.ImportService.ImportKind;
import gov.xianan.reform.registry.importing.ImportService.JobResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Imports of department records through the workers' import pipeline ({@link ImportService}:
 * upload checked at once, a durable job, dry run, all-or-nothing, error list and marked
 * workbook): this adds only what is particular to records — the template and the columns,
 * which come from the type's definition (its fields' Chinese labels) — and runs in
 * {@link RecordImportJob}. The importing department owns the records.
 */
@ApplicationScoped
public class RecordImports {

    @Inject
    ImportService imports;

    @Inject
    RecordScope scope;

    /** The import_job.kind of a record type's imports. */
    public static String jobKind(RecordType type) {
        return "records:" + type.code();
    }

    /** Column name → index, with the template's "*" (required) dropped; required columns the header lacks go to {@code missing}. */
    static Map<String, Integer> columns(RecordType type, List<String> header, List<String> missing) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c) == null ? "" : header.get(c).replace("*", "").strip();
            index.putIfAbsent(name, c);
        }
        type.fields().stream().filter(f -> f.required() && !index.containsKey(f.label())).forEach(f -> missing.add(f.label()));
        return index;
    }

    /** Retrying a failed record import: staff of an owner department of the type, of the job's own department. */
    @ApplicationScoped
    public static class RetryGuard implements gov.xianan.reform.registry.importing.ImportRetryGuard {
        @Inject
        RecordScope scope;

        @Inject
        gov.xianan.reform.common.security.CurrentUser user;

        @Inject
        gov.xianan.reform.common.audit.service.AuditLog audit;

        @Override
        public boolean handles(String kind) {
            return kind != null && kind.startsWith("records:");
        }

        @Override
        public void requireRetry(JobResponse job) {
            RecordType type = RecordService.type(job.kind().substring("records:".length()));
            scope.requireCreate(type); // 403, logged, unless staff of an owner department
            if (!java.util.Objects.equals(user.departmentCode().orElse(null), job.department())) {
                audit.record(gov.xianan.reform.common.audit.service.AuditLog.Action.SCOPE_DENIED, "import", job.id(), "DENIED",
                        "retry of another department's record import");
                throw gov.xianan.reform.common.error.ProblemException.forbidden("只能重试本部门的导入");
            }
        }
    }

    public JobResponse submit(String typeCode, org.jboss.resteasy.reactive.multipart.FileUpload file, boolean dryRun) {
        RecordType type = RecordService.type(typeCode);
        scope.requireCreate(type); // only an owner department imports, and owns what it imports
        if (file == null || file.uploadedFile() == null) {
            throw gov.xianan.reform.common.error.ProblemException.invalid("file", "请选择要导入的文件(表单字段 file)");
        }
        return imports.submit(file.uploadedFile(), file.fileName(), dryRun, new ImportKind(jobKind(type), RecordImportJob.KIND,
                (header, missing) -> columns(type, header, missing)));
    }

    public static void template(RecordType type, FileFormat format, OutputStream out) throws Exception {
        List<String> header = type.fields().stream().map(f -> f.required() ? f.label() + "*" : f.label()).toList();
        if (format == FileFormat.CSV) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                SpreadsheetCells.printRecord(csv, header);
            }
            return;
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(type.label());
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle head = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            head.setFont(font);
            Row top = sheet.createRow(0);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            for (int c = 0; c < type.fields().size(); c++) {
                FieldDef f = type.fields().get(c);
                SpreadsheetCells.set(top, c, header.get(c)).setCellStyle(head);
                sheet.setDefaultColumnStyle(c, text); // dates and codes stay text, as typed
                sheet.setColumnWidth(c, 18 * 256);
                if (f.type() == FieldDef.Type.KIND) {
                    String[] labels = RecordKinds.of(f.dictionary()).stream().map(RecordKinds.Kind::label).toArray(String[]::new);
                    var validation = dv.createValidation(dv.createExplicitListConstraint(labels), new CellRangeAddressList(1, 10_000, c, c));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet("填写说明");
            Row h = help.createRow(0);
            SpreadsheetCells.set(h, 0, "列").setCellStyle(head);
            SpreadsheetCells.set(h, 1, "说明").setCellStyle(head);
            List<FieldDef> fields = new ArrayList<>(type.fields());
            for (int i = 0; i < fields.size(); i++) {
                Row r = help.createRow(i + 1);
                SpreadsheetCells.set(r, 0, fields.get(i).label());
                SpreadsheetCells.set(r, 1, fields.get(i).help());
            }
            Row last = help.createRow(fields.size() + 2);
            SpreadsheetCells.set(last, 0, "规则");
            SpreadsheetCells.set(last, 1, "带 * 的列必填。先“试导入”检查全部行;正式导入时任何一行有错则全部不导入。导入的记录归本部门所有。");
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 90 * 256);
            book.write(out);
        }
    }
}
