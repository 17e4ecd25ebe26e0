package gov.xianan.reform.records.importing;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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

    @Inject
    gov.xianan.reform.common.security.CurrentUser user;

    @Inject
    gov.xianan.reform.common.audit.service.AuditLog audit;

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
        boolean namesWorkers = namesWorkers(user);
        return imports.submit(file.uploadedFile(), file.fileName(), dryRun, new ImportKind(jobKind(type), RecordImportJob.KIND, (header, missing) -> {
            Map<String, Integer> columns = columns(type, header, missing);
            if (!namesWorkers) {
                refuseWorkerColumns(type, columns.keySet());
            }
        }));
    }

    /**
     * Whether the caller may name workers by ID number in a file. Matching a typed ID number
     * against the registry tells whether that person is registered (and the record then shows
     * the name), a search by what the mask hides: only {@code pii-reader} may do it.
     */
    static boolean namesWorkers(gov.xianan.reform.common.security.CurrentUser user) {
        return user.hasRole(gov.xianan.reform.common.security.Roles.PII_READER);
    }

    /** 400 (logged as a scope denial) when the header has a column naming workers; the message names the column, never a value. */
    private void refuseWorkerColumns(RecordType type, java.util.Set<String> header) {
        List<String> named = type.fields().stream().filter(RecordImports::isWorkerField).map(FieldDef::label).filter(header::contains).toList();
        if (!named.isEmpty()) {
            audit.record(gov.xianan.reform.common.audit.service.AuditLog.Action.SCOPE_DENIED, "import", null, "DENIED",
                    "record import of " + type.code() + " naming workers by ID number without pii-reader");
            throw gov.xianan.reform.common.error.ProblemException.invalid("file", "按身份证号关联工人需要“敏感信息查看”权限:请删除“"
                    + String.join("”“", named) + "”列后导入,导入后可在记录中用工人选择器关联工人;或请有该权限的同事导入");
        }
    }

    private static boolean isWorkerField(FieldDef f) {
        return f.type() == FieldDef.Type.WORKER || f.type() == FieldDef.Type.WORKERS;
    }

    /**
     * The template's columns: the type's fields, without the optional worker columns for a caller
     * who may not name workers by ID number (a required one stays, and the upload explains why it is refused).
     */
    public List<FieldDef> templateFields(RecordType type) {
        boolean namesWorkers = namesWorkers(user);
        return type.fields().stream().filter(f -> namesWorkers || f.required() || !isWorkerField(f)).toList();
    }

    public static void template(RecordType type, List<FieldDef> fields, FileFormat format, OutputStream out) throws Exception {
        List<String> header = fields.stream().map(f -> f.required() ? f.label() + "*" : f.label()).toList();
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
            for (int c = 0; c < fields.size(); c++) {
                FieldDef f = fields.get(c);
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
