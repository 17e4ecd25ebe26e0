package gov.xianan.reform.records.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.jobs.JobHandler;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.records.DepartmentRecord;
import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordType;
import gov.xianan.reform.records.RecordTypes;
import gov.xianan.reform.records.RecordValues;
import gov.xianan.reform.records.service.RecordService;
import gov.xianan.reform.registry.importing.ImportJob.Status;
import gov.xianan.reform.registry.importing.ImportService.KeptRow;
import gov.xianan.reform.registry.importing.RowReader;
import gov.xianan.reform.registry.importing.WorkerImportJob.JobState;
import gov.xianan.reform.registry.importing.WorkerRowParser.CellError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The background part of a department-record import, run by the job runner like a worker import
 * and keeping its state in the same {@code import_job} row ({@link JobState}): validates every
 * row against the type's definition (progress, errors and the rows with errors stored for the
 * error list and workbook), then — unless a dry run, or any row is bad — creates all records in
 * one transaction, as the person who uploaded them (so their history names them), owned by
 * that person's department.
 */
@ApplicationScoped
public class RecordImportJob implements JobHandler {

    public static final String KIND = "record-import";

    @Inject
    DataSource dataSource;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void failed(long importId, String reason) {
        JobState.endFailed(dataSource, importId, reason + ",未写入任何数据;可点击“重试”重新执行,仍失败请联系管理员");
    }

    @Override
    public void requeued(long importId) {
        JobState.requeued(dataSource, importId);
    }

    /** One checked row. */
    record Parsed(int rowNumber, Map<String, Object> fields) {
    }

    @Override
    public Outcome run(ClaimedJob claimed) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            JobState job = JobState.load(c, claimed.subjectId(), claimed.input());
            String[] meta = meta(c, job.id);
            RecordType type = RecordTypes.find(meta[0].replaceFirst("^records:", ""))
                    .orElseThrow(() -> new IllegalStateException("unknown record import " + meta[0]));
            job.startOver(c);
            job.status(c, Status.VALIDATING);
            FileEnterprises enterprises = FileEnterprises.load(c, type);
            Uniques uniques = Uniques.load(c, type);
            List<CellError> pending = new ArrayList<>();
            List<KeptRow> pendingRows = new ArrayList<>();
            List<Parsed> parsed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int[] counters = new int[3]; // read, valid, errors
            Map<String, Integer>[] columns = new Map[1];
            RowReader.read(job.input, job.format, (rowNumber, cells) -> {
                if (columns[0] == null) {
                    columns[0] = RecordImports.columns(type, cells, missing);
                    pendingRows.add(new KeptRow(rowNumber, cells));
                    return;
                }
                if (cells.stream().allMatch(v -> v == null || v.isBlank())) {
                    return; // an empty line is not a row
                }
                counters[0]++;
                Map<String, Object> raw = new LinkedHashMap<>();
                for (FieldDef f : type.fields()) {
                    Integer i = columns[0].get(f.label());
                    raw.put(f.key(), i == null || i >= cells.size() ? null : cells.get(i));
                }
                List<CellError> errors = new ArrayList<>();
                Map<String, Object> fields = RecordValues.normalise(type, raw, true, enterprises,
                        (f, m) -> errors.add(new CellError(rowNumber, f.label(), m)));
                if (errors.isEmpty()) {
                    Violations cross = new Violations();
                    type.check().accept(fields, cross);
                    uniques.check(type, fields, cross);
                    cross.errors().forEach(e -> errors.add(new CellError(rowNumber, type.field(e.field()).map(FieldDef::label).orElse(e.field()), e.message())));
                }
                if (errors.isEmpty()) {
                    counters[1]++;
                    if (!job.dryRun) {
                        parsed.add(new Parsed(rowNumber, fields));
                    }
                } else {
                    counters[2] += errors.size();
                    pending.addAll(errors);
                    pendingRows.add(new KeptRow(rowNumber, cells));
                }
            });
            Optional<Outcome> ended = job.validated(c, pendingRows, pending, counters, missing);
            if (ended.isPresent()) {
                return ended.get();
            }
            if (job.dryRun) {
                return job.dryRunDone(c, counters, 0); // records are only created
            }
            ended = job.refusedWithErrors(c, counters);
            if (ended.isPresent()) {
                return ended.get();
            }
            job.status(c, Status.IMPORTING);
            String displayName = meta[1] == null ? job.actor.username() : meta[1];
            int created = Actor.runAs(job.actor, () -> QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                Department owner = Department.byCode(job.actor.department())
                        .orElseThrow(() -> new IllegalStateException("importing department is gone: " + job.actor.department()));
                for (Parsed p : parsed) {
                    DepartmentRecord r = new DepartmentRecord();
                    r.type = type.code();
                    r.owner = owner;
                    r.fields = p.fields();
                    r.date = type.dateOf().apply(p.fields());
                    r.enterpriseId = RecordValues.firstEnterprise(type, p.fields());
                    r.createdBy = r.updatedBy = job.actor.username();
                    r.createdByName = r.updatedByName = displayName;
                    r.persistAndFlush();
                    RecordService.afterWrite(type, null, r);
                }
                return parsed.size();
            }));
            job.counts(c, created, 0, 0);
            job.finish(c, Status.SUCCEEDED, null);
            return Outcome.SUCCEEDED;
        }
    }

    private static String[] meta(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select kind, created_by_name from import_job where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] { rs.getString(1), rs.getString(2) };
            }
        }
    }

    /** The values of the type's unique fields already taken (in the database or by an earlier row of the file). */
    record Uniques(Map<String, java.util.Set<String>> taken) {
        static Uniques load(Connection c, RecordType type) throws SQLException {
            Map<String, java.util.Set<String>> taken = new HashMap<>();
            for (FieldDef f : type.fields()) {
                if (!f.unique()) {
                    continue;
                }
                java.util.Set<String> values = new java.util.HashSet<>();
                try (PreparedStatement ps = c.prepareStatement("select fields ->> ? from department_record where record_type = ?")) {
                    ps.setString(1, f.key());
                    ps.setString(2, type.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            values.add(rs.getString(1));
                        }
                    }
                }
                taken.put(f.key(), values);
            }
            return new Uniques(taken);
        }

        void check(RecordType type, Map<String, Object> fields, Violations v) {
            taken.forEach((key, values) -> {
                Object value = fields.get(key);
                if (value != null && !values.add(value.toString())) {
                    v.add(key, type.field(key).map(FieldDef::label).orElse(key) + "“" + value + "”已登记或在文件中重复");
                }
            });
        }
    }

    /** Enterprises by credit code and by full name, registry workers by ID number (when the type names workers), read once per job. */
    record FileEnterprises(Map<String, Long> byCode, Map<String, Long> byName, java.util.Set<Long> ids, Map<String, Long> workers,
            java.util.Set<Long> honours) implements RecordValues.References {
        static FileEnterprises load(Connection c, RecordType type) throws SQLException {
            Map<String, Long> workers = new HashMap<>();
            java.util.Set<Long> honours = new java.util.HashSet<>();
            if (type.fields().stream().anyMatch(f -> f.type() == FieldDef.Type.WORKER || f.type() == FieldDef.Type.WORKERS)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, id_number from worker")) {
                    while (rs.next()) {
                        workers.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            if (type.fields().stream().anyMatch(f -> f.type() == FieldDef.Type.HONOUR)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from honour")) {
                    while (rs.next()) {
                        honours.add(rs.getLong(1));
                    }
                }
            }
            Map<String, Long> byCode = new HashMap<>();
            Map<String, Long> byName = new HashMap<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, credit_code, name from enterprise")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    byCode.put(rs.getString(2), rs.getLong(1));
                    byName.put(rs.getString(3), rs.getLong(1));
                }
            }
            return new FileEnterprises(byCode, byName, ids, workers, honours);
        }

        @Override
        public boolean workerExists(long id) {
            return workers.containsValue(id);
        }

        @Override
        public Optional<Long> workerByIdNumber(String idNumber) {
            return Optional.ofNullable(workers.get(idNumber));
        }

        @Override
        public boolean honourExists(long id) {
            return honours.contains(id);
        }

        @Override
        public boolean exists(long id) {
            return ids.contains(id);
        }

        @Override
        public Optional<Long> byCodeOrName(String text) {
            return Optional.ofNullable(byCode.get(text.toUpperCase())).or(() -> Optional.ofNullable(byName.get(text)));
        }
    }
}
