package gov.xianan.reform.records.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.export.SpreadsheetCells;
import gov.xianan.reform.records.DepartmentRecord;
import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordType;
import gov.xianan.reform.records.RecordValues;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Exports the records of a type the caller reads, with the list's filters, as CSV or XLSX:
 * the type's fields by their Chinese labels (kinds and enterprises by name), then the owner
 * department, the task and who entered it. Audited like every export (start, then end with the
 * row count, or abort); cells through {@link SpreadsheetCells} against formula injection. Records
 * hold no personal numbers, so nothing is masked.
 */
@ApplicationScoped
public class RecordExportService {

    public enum Format {
        CSV, XLSX
    }

    private static final int CHUNK = 500;

    @Inject
    RecordService records;

    @Inject
    ExportAudit exportAudit;

    public StreamingOutput export(String typeCode, RecordService.Filter filter, Format format) {
        RecordType type = RecordService.type(typeCode);
        Map<String, Object> params = new HashMap<>();
        String where = records.where(type, filter, params); // checks the filters and the scope now: a bad filter is a 400 before any byte
        ExportAudit.Started started = exportAudit.start("department_record", null, format.name(), false, type.code() + " " + describe(filter));
        return exportAudit.stream(started,
                (out, rows) -> QuarkusTransaction.requiringNew().timeout(3600).call(() -> write(type, where, params, format, out, rows)));
    }

    static List<String> headers(RecordType type) {
        List<String> h = new ArrayList<>(type.fields().stream().map(FieldDef::label).toList());
        h.addAll(List.of("登记部门", "关联任务", "登记人", "登记时间", "更新人", "记录编号"));
        return h;
    }

    @SuppressWarnings("unchecked")
    private long write(RecordType type, String where, Map<String, Object> params, Format format, OutputStream out, AtomicLong count) throws IOException {
        var q = Panache.getEntityManager().createNativeQuery("select r.id from department_record r where " + where + " order by r.record_date, r.id", Long.class);
        params.forEach(q::setParameter);
        List<Long> ids = q.getResultList();
        List<String> headers = headers(type);
        if (format == Format.CSV) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get())) {
                for (List<Object> row : (Iterable<List<Object>>) () -> rows(type, ids).iterator()) {
                    SpreadsheetCells.printRecord(csv, row);
                    count.incrementAndGet();
                }
            }
        } else {
            SXSSFWorkbook book = new SXSSFWorkbook(200);
            try {
                Sheet sheet = book.createSheet(type.label());
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    SpreadsheetCells.set(header, c, headers.get(c)).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                for (List<Object> values : (Iterable<List<Object>>) () -> rows(type, ids).iterator()) {
                    Row row = sheet.createRow((int) count.incrementAndGet());
                    for (int c = 0; c < values.size(); c++) {
                        SpreadsheetCells.set(row, c, values.get(c));
                    }
                }
                book.write(out);
            } finally {
                book.close();
            }
        }
        return count.get();
    }

    /** The rows, loaded a chunk at a time (the session is cleared after each, so memory stays flat). */
    private static java.util.stream.Stream<List<Object>> rows(RecordType type, List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks.stream().flatMap(chunk -> {
            List<DepartmentRecord> records = DepartmentRecord.<DepartmentRecord>list("id in ?1 order by date, id", chunk);
            RecordValues.Names names = RecordService.names(type, records);
            Map<Long, String> tasks = RecordService.taskTitles(records.stream().map(r -> r.taskId).filter(java.util.Objects::nonNull).distinct().toList());
            List<List<Object>> out = new ArrayList<>();
            for (DepartmentRecord r : records) {
                Map<String, String> display = RecordValues.display(type, r.fields, names);
                List<Object> row = new ArrayList<>();
                for (FieldDef f : type.fields()) {
                    Object raw = r.fields.get(f.key());
                    row.add(f.type() == FieldDef.Type.INTEGER && raw instanceof Number n ? (Object) n.longValue() : display.get(f.key()));
                }
                row.add(r.owner.name);
                row.add(r.taskId == null ? null : tasks.get(r.taskId));
                row.add(r.createdByName);
                row.add(r.createdAt == null ? null : r.createdAt.toString());
                row.add(r.updatedByName);
                row.add(r.id);
                out.add(row);
            }
            Panache.getEntityManager().clear();
            return out.stream();
        });
    }

    static String describe(RecordService.Filter f) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("from", f.from());
        m.put("to", f.to());
        m.put("year", f.year());
        m.put("enterpriseId", f.enterpriseId());
        m.put("kind", f.kind());
        m.put("department", f.department());
        m.put("taskId", f.taskId());
        m.put("q", f.q());
        String s = m.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return s.isEmpty() ? "(none)" : s;
    }
}
