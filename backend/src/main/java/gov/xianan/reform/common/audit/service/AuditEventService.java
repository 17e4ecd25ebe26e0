package gov.xianan.reform.common.audit.service;

import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.AuditEvent;
import gov.xianan.reform.common.audit.rest.AuditEventFilter;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.export.SpreadsheetCells;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.dictionaries.service.DictionaryLabels;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Reads the audit log for the admin, as sentences a clerk or an inspector can read: who (name and
 * department at the time), did what (the action), to which record (its kind and a human identifier:
 * a worker's name masked unless pii-reader, an enterprise's or a competition's name, a task's
 * title), when, through which system. Filters by person, department, action, record kind and
 * dates; exports the same as CSV or XLSX, itself audited.
 */
@ApplicationScoped
public class AuditEventService {

    @Schema(description = "审计事件 / one audit event, with names for people and records")
    public record AuditEventResponse(long id, Instant occurredAt,
            @Schema(description = "Login of the person or service account (for the admin)", examples = "federation-lead") String actor,
            @Schema(description = "Name at the time of the act (a system by its name)", examples = "张明华") @Nullable String actorName,
            @Schema(examples = "federation") @Nullable String department,
            @Schema(examples = "区总工会") @Nullable String departmentName,
            @Schema(examples = "spa") @Nullable String clientId,
            @Schema(description = "Action code (dictionary audit_action)", examples = "PII_READ") String action,
            @Schema(description = "Record kind (dictionary record_kind)", examples = "worker") @Nullable String entityType,
            @Schema(examples = "42") @Nullable String entityId,
            @Schema(description = "The record named for people: a worker's name masked unless pii-reader, an enterprise's name…", examples = "王*霞") @Nullable String entityLabel,
            @Schema(examples = "GRANTED") String outcome,
            @Nullable String detail) {
    }

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "actor", "actor", "action", "action");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.ZONE);
    private static final int EXPORT_MAX_ROWS = 100_000;

    @Inject
    EntityManager em;

    @Inject
    DictionaryLabels labels;

    @Inject
    CurrentUser user;

    @Inject
    ExportAudit exportAudit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEventResponse> list(PageQuery page, AuditEventFilter filter) {
        Where where = where(filter);
        Sort sort = page.toSort(SORTABLE, Sort.descending("occurredAt", "id"));
        PanacheQuery<AuditEvent> q = where.isEmpty() ? AuditEvent.findAll(sort) : AuditEvent.find(where.jpql(), sort, where.params());
        long total = q.count();
        List<AuditEvent> rows = q.page(page.pageNumber(), page.pageSize()).list();
        return new PageResponse<>(describe(rows), total, page.pageNumber(), page.pageSize());
    }

    /** The filtered log as a file (newest first, at most 100,000 rows); the export is audited like every other. */
    public StreamingOutput export(AuditEventFilter filter, String format) {
        Where where = where(filter); // a bad filter is a 400 before anything is sent or logged
        ExportAudit.Started started = exportAudit.start("audit_event", null, format.toUpperCase(), true, filter.describe());
        return exportAudit.stream(started, (out, count) -> QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            write(where, format, out, count);
            return null;
        }));
    }

    static final List<String> HEADERS = List.of("时间", "操作人", "登录名", "部门", "接入系统", "事件", "对象类型", "对象", "结果", "详情");

    private void write(Where where, String format, OutputStream out, AtomicLong count) throws IOException {
        Sort sort = Sort.descending("occurredAt", "id");
        PanacheQuery<AuditEvent> q = where.isEmpty() ? AuditEvent.findAll(sort) : AuditEvent.find(where.jpql(), sort, where.params());
        List<List<Object>> lines = new ArrayList<>();
        int pageNo = 0;
        List<AuditEvent> chunk;
        do {
            chunk = q.page(pageNo++, 1000).list();
            for (AuditEventResponse r : describe(chunk)) {
                if (lines.size() >= EXPORT_MAX_ROWS) {
                    break;
                }
                lines.add(cells(r));
            }
            em.clear();
        } while (chunk.size() == 1000 && lines.size() < EXPORT_MAX_ROWS);
        if ("csv".equalsIgnoreCase(format)) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
                for (List<Object> line : lines) {
                    SpreadsheetCells.printRecord(csv, line);
                    count.incrementAndGet();
                }
            }
        } else {
            try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                Sheet sheet = book.createSheet("审计日志");
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.size(); c++) {
                    SpreadsheetCells.set(header, c, HEADERS.get(c)).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                for (List<Object> line : lines) {
                    Row row = sheet.createRow((int) count.incrementAndGet());
                    for (int c = 0; c < line.size(); c++) {
                        SpreadsheetCells.set(row, c, line.get(c));
                    }
                }
                book.write(out);
                out.close();
            }
        }
    }

    private List<Object> cells(AuditEventResponse r) {
        String client = r.clientId() == null ? "" : labels.label("client", r.clientId()).orElse(r.clientId());
        String action = labels.label("audit_action", r.action()).orElse(r.action());
        String kind = r.entityType() == null ? "" : labels.label("record_kind", r.entityType()).orElse(r.entityType());
        String record = r.entityLabel() != null ? r.entityLabel() : r.entityId() == null ? "" : "#" + r.entityId();
        String outcome = labels.label("audit_outcome", r.outcome()).orElse(r.outcome());
        return java.util.Arrays.asList(WHEN.format(r.occurredAt()), r.actorName(), r.actor(), r.departmentName() == null ? "" : r.departmentName(),
                client, action, kind, record, outcome, r.detail());
    }

    /** Names the actors, departments and records of a page of events (one query per record kind). */
    private List<AuditEventResponse> describe(List<AuditEvent> rows) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (AuditEvent e : rows) {
            Long id = numeric(e.entityId);
            if (e.entityType != null && id != null) {
                ids.computeIfAbsent(e.entityType, k -> new HashSet<>()).add(id);
            }
        }
        boolean unmasked = user.hasRole(Roles.PII_READER);
        Map<String, Map<Long, String>> names = new HashMap<>();
        ids.forEach((type, set) -> names.put(type, names(type, set, unmasked)));
        return rows.stream().map(e -> {
            Long id = numeric(e.entityId);
            String label = id == null ? null : names.getOrDefault(e.entityType, Map.of()).get(id);
            return new AuditEventResponse(e.id, e.occurredAt, e.actor, labels.actorName(e.actor, e.actorName), e.department,
                    labels.departmentName(e.department), e.clientId, e.action, e.entityType, e.entityId, label, e.outcome, e.detail);
        }).toList();
    }

    private Map<Long, String> names(String type, Set<Long> ids, boolean unmasked) {
        String sql = switch (type) {
            case "worker" -> "select id, name from worker where id in (:ids)";
            case "enterprise" -> "select id, name from enterprise where id in (:ids)";
            case "competition" -> "select id, name from competition where id in (:ids)";
            case "reform_task" -> "select id, title from reform_task where id in (:ids)";
            case "subsidy_application" -> "select a.id, e.name from subsidy_application a join enterprise e on e.id = a.enterprise_id where a.id in (:ids)";
            default -> null;
        };
        Map<Long, String> out = new HashMap<>();
        if (sql == null) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] r : result) {
            String name = (String) r[1];
            if ("worker".equals(type) && !unmasked) {
                name = maskName(name);
            }
            if ("subsidy_application".equals(type)) {
                name = "#" + r[0] + " " + name;
            }
            out.put(((Number) r[0]).longValue(), name);
        }
        return out;
    }

    /** A person's name with all but the family name and the last character hidden: 王晓霞 → 王*霞, 王芳 → 王*. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return name;
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }

    private static Long numeric(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(id);
    }

    private record Where(String jpql, Map<String, Object> params) {
        boolean isEmpty() {
            return jpql.isEmpty();
        }
    }

    private Where where(AuditEventFilter f) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        if (f == null) {
            return new Where("", params);
        }
        if (notBlank(f.action)) {
            where.add("action = :action");
            params.put("action", f.action.strip());
        }
        if (notBlank(f.actor)) {
            where.add("(actor = :actor or lower(actorName) like :actorLike)");
            params.put("actor", f.actor.strip());
            params.put("actorLike", "%" + f.actor.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (notBlank(f.department)) {
            where.add("department = :department");
            params.put("department", f.department.strip());
        }
        if (notBlank(f.entityType)) {
            where.add("entityType = :entityType");
            params.put("entityType", f.entityType.strip());
        }
        LocalDate from = date("from", f.from);
        LocalDate to = date("to", f.to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "结束日期不能早于开始日期");
        }
        if (from != null) {
            where.add("occurredAt >= :from");
            params.put("from", from.atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        if (to != null) {
            where.add("occurredAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        return new Where(where.toString(), params);
    }

    private static LocalDate date(String field, String value) {
        if (!notBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "日期无效: " + value);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

}
