package gov.xianan.reform.registry.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.export.SpreadsheetCells;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.Gender;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.mapping.RegistryLabels;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import gov.xianan.reform.registry.rest.WorkerFilter;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.registry.validation.PersonalNumbers;
import gov.xianan.reform.registry.validation.Phones;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Exports a filtered worker list as CSV or XLSX, streamed: rows come from the database as a
 * cursor (projection, no managed entities) and go out as they are read, so a list of any length
 * needs no more memory than a few hundred rows. Masked unless the caller holds pii-reader. Every
 * export is audited at its start (format, masked or not, filters with ID numbers masked) and at
 * its end (row count) or abort (rows so far); text cells are neutralised against formula injection.
 */
@ApplicationScoped
public class WorkerExportService {

    public enum Format {
        CSV, XLSX
    }

    static final List<String> HEADERS = List.of("身份证号", "姓名", "性别", "年龄", "文化程度", "月工资(元)", "技能等级", "工种", "农业户口",
            "外来务工", "工会会员", "党员", "手机号", "企业", "行业");

    @Inject
    EntityManager em;

    @Inject
    WorkerService workers;

    @Inject
    ExportAudit exportAudit;

    @Inject
    Industries industries;

    /**
     * Checks the filters now (a bad one is a 400 before any byte is sent), records the start of the
     * export and returns the writer, which records its end (row count) or abort (rows so far).
     */
    public StreamingOutput export(WorkerFilter filter, Format format) {
        boolean unmasked = workers.unmasked();
        WorkerService.WorkerQuery query = WorkerService.WorkerQuery.of(filter, unmasked);
        Map<String, String> industryNames = industries.names();
        ExportAudit.Started started = exportAudit.start("worker", null, format.name(), !unmasked, describe(filter));
        return exportAudit.stream(started,
                (out, rows) -> QuarkusTransaction.requiringNew().timeout(3600).call(() -> write(query, format, unmasked, industryNames, out, rows)));
    }

    private long write(WorkerService.WorkerQuery query, Format format, boolean unmasked, Map<String, String> industryNames, OutputStream out,
            AtomicLong count) throws IOException {
        TypedQuery<Object[]> q = em.createQuery("select w.idNumber, w.name, w.gender, w.birthDate, w.education, w.monthlyWage, w.skillLevel, "
                + "w.occupation, w.agriculturalHukou, w.fromOutside, w.unionMember, w.partyMember, w.phone, e.name, e.industryCode "
                + "from Worker w left join w.enterprise e" + query.where() + " order by w.id", Object[].class);
        query.params().forEach(q::setParameter);
        q.setHint("org.hibernate.fetchSize", 5000).setHint("org.hibernate.readOnly", true);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        try (Stream<Object[]> stream = q.getResultStream()) {
            if (format == Format.CSV) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }); // BOM: Excel then reads UTF-8
                Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16); // one encoder call per 64 KiB, not per cell
                try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
                    var it = stream.iterator();
                    while (it.hasNext()) {
                        SpreadsheetCells.printRecord(csv, cells(it.next(), unmasked, industryNames, today));
                        count.incrementAndGet();
                    }
                }
            } else {
                SXSSFWorkbook book = new SXSSFWorkbook(200);
                try {
                    Sheet sheet = book.createSheet("工人名册");
                    CellStyle bold = book.createCellStyle();
                    Font font = book.createFont();
                    font.setBold(true);
                    bold.setFont(font);
                    Row header = sheet.createRow(0);
                    for (int c = 0; c < HEADERS.size(); c++) {
                        SpreadsheetCells.set(header, c, HEADERS.get(c)).setCellStyle(bold);
                    }
                    sheet.createFreezePane(0, 1);
                    var it = stream.iterator();
                    while (it.hasNext()) {
                        List<Object> values = cells(it.next(), unmasked, industryNames, today);
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
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count.get();
    }

    private static List<Object> cells(Object[] r, boolean unmasked, Map<String, String> industryNames, LocalDate today) {
        String id = (String) r[0];
        String phone = (String) r[12];
        return java.util.Arrays.asList(unmasked ? id : IdNumbers.mask(id), r[1], RegistryLabels.GENDER.get((Gender) r[2]),
                // the exact age beside a masked ID number narrows the birth date to a few dozen days: the band unless pii-reader
                unmasked ? RegistryMapper.age((LocalDate) r[3], today) : AgeBand.of(RegistryMapper.age((LocalDate) r[3], today)).label,
                RegistryLabels.EDUCATION.get((Education) r[4]), (BigDecimal) r[5],
                RegistryLabels.SKILL.get((SkillLevel) r[6]), r[7], RegistryLabels.yesNo((Boolean) r[8]), RegistryLabels.yesNo((Boolean) r[9]),
                RegistryLabels.yesNo((Boolean) r[10]), RegistryLabels.yesNo((Boolean) r[11]), unmasked ? phone : Phones.mask(phone), r[13],
                r[14] == null ? null : industryNames.get((String) r[14]));
    }

    /** The filters for the audit trail, with any ID number or phone in them masked (the {@code q} search may hold one). */
    static String describe(WorkerFilter f) {
        StringBuilder sb = new StringBuilder();
        for (var field : WorkerFilter.class.getFields()) {
            try {
                Object v = field.get(f);
                if (v != null) {
                    sb.append(field.getName()).append('=').append(PersonalNumbers.maskWithin(v.toString())).append(' ');
                }
            } catch (IllegalAccessException e) {
                // public fields only
            }
        }
        return sb.isEmpty() ? "(none)" : sb.toString().strip();
    }
}
