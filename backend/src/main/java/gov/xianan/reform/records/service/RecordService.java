package gov.xianan.reform.records.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.service.EntityHistory;
import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.records.DepartmentRecord;
import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordKinds;
import gov.xianan.reform.records.RecordType;
import gov.xianan.reform.records.RecordTypes;
import gov.xianan.reform.records.RecordValues;
import gov.xianan.reform.records.service.RecordDtos.RecordRequest;
import gov.xianan.reform.records.service.RecordDtos.RecordResponse;
import gov.xianan.reform.records.service.RecordDtos.RecordTypeResponse;
import gov.xianan.reform.registry.Enterprise;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Department records of every type: list, read, create, change, history; scope by {@link RecordScope}. */
@ApplicationScoped
public class RecordService {

    @Inject
    RecordScope scope;

    @Inject
    CurrentUser user;

    @Inject
    EntityHistory history;

    /** The filters of a list or export. */
    public record Filter(LocalDate from, LocalDate to, Integer year, Long enterpriseId, String kind, String department, Long taskId, String q) {
    }

    public static RecordType type(String code) {
        return RecordTypes.find(code).orElseThrow(() -> ProblemException.notFound("没有这种记录: " + code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordTypeResponse> types() {
        List<RecordTypeResponse> out = new ArrayList<>();
        Map<Long, String> codes = Department.<Department>listAll().stream().collect(Collectors.toMap(d -> d.id, d -> d.code));
        for (RecordType t : RecordTypes.ALL) {
            Map<String, List<RecordKinds.Kind>> kinds = new LinkedHashMap<>();
            t.fields().stream().filter(f -> f.dictionary() != null).forEach(f -> kinds.put(f.dictionary(), RecordKinds.of(f.dictionary())));
            out.add(new RecordTypeResponse(t.code(), t.label(), t.labelEn(), t.description(), t.title(), t.fields(), kinds,
                    RecordScope.owners(t).stream().map(codes::get).toList(), scope.mayCreate(t)));
        }
        return out;
    }

    /** The where-clause over {@code department_record r} for a type, the caller's scope and the filters. */
    String where(RecordType type, Filter f, Map<String, Object> params) {
        StringJoiner where = new StringJoiner(" and ");
        where.add("r.record_type = :type");
        params.put("type", type.code());
        where.add(scope.readClause(params));
        if (f.from() != null) {
            where.add("r.record_date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.add("r.record_date <= :to");
            params.put("to", f.to());
        }
        if (f.year() != null) {
            where.add("r.record_date >= :yearStart and r.record_date < :yearEnd");
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.enterpriseId() != null) {
            Optional<FieldDef> list = type.fields().stream().filter(d -> d.type() == FieldDef.Type.ENTERPRISES).findFirst();
            where.add(list.isPresent() ? "(r.enterprise_id = :enterprise or r.fields -> '" + list.get().key()
                    + "' @> jsonb_build_array(cast(:enterprise as bigint)))" : "r.enterprise_id = :enterprise");
            params.put("enterprise", f.enterpriseId());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            FieldDef kindField = type.fields().stream().filter(d -> d.type() == FieldDef.Type.KIND).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("kind", "此类记录没有类型字段"));
            String code = RecordKinds.find(kindField.dictionary(), f.kind()).map(RecordKinds.Kind::code)
                    .orElseThrow(() -> ProblemException.invalid("kind", "无效的取值“" + f.kind() + "”"));
            where.add("r.fields ->> '" + kindField.key() + "' = :kind"); // the key comes from the definition, never from the caller
            params.put("kind", code);
        }
        if (f.department() != null && !f.department().isBlank()) {
            where.add("r.owner_department_id = (select d.id from department d where d.code = :department)");
            params.put("department", f.department());
        }
        if (f.taskId() != null) {
            where.add("r.task_id = :task");
            params.put("task", f.taskId());
        }
        if (f.q() != null && !f.q().isBlank() && type.title() != null) {
            where.add("r.fields ->> '" + type.title() + "' ilike :q");
            params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RecordResponse> list(String typeCode, Filter filter, PageQuery page) {
        RecordType type = type(typeCode);
        Map<String, Object> params = new HashMap<>();
        String where = where(type, filter, params);
        String order = page.sort == null || page.sort.isBlank() || page.sort.equals("-date") ? "r.record_date desc, r.id desc"
                : page.sort.equals("date") ? "r.record_date, r.id"
                : page.sort.equals("id") ? "r.id" : page.sort.equals("-id") ? "r.id desc" : null;
        if (order == null) {
            throw ProblemException.invalid("sort", "不支持按此字段排序: " + page.sort + " (date, id)");
        }
        var em = Panache.getEntityManager();
        Query count = em.createNativeQuery("select count(*) from department_record r where " + where);
        Query ids = em.createNativeQuery("select r.id from department_record r where " + where + " order by " + order, Long.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Long> pageIds = ids.setFirstResult(page.pageNumber() * page.pageSize()).setMaxResults(page.pageSize()).getResultList();
        Map<Long, DepartmentRecord> byId = DepartmentRecord.<DepartmentRecord>list("id in ?1", pageIds).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        List<DepartmentRecord> rows = pageIds.stream().map(byId::get).toList();
        return new PageResponse<>(responses(type, rows), total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordResponse get(String typeCode, long id) {
        RecordType type = type(typeCode);
        return responses(type, List.of(scope.readableOr404(type, id))).get(0);
    }

    @Transactional
    public RecordResponse create(String typeCode, RecordRequest request) {
        RecordType type = type(typeCode);
        Department owner = scope.requireCreate(type);
        DepartmentRecord r = new DepartmentRecord();
        r.type = type.code();
        r.owner = owner;
        r.createdBy = user.username();
        r.createdByName = user.displayName();
        apply(type, r, request, owner);
        r.persistAndFlush();
        afterWrite(type, null, r);
        return responses(type, List.of(r)).get(0);
    }

    /** What a record does beyond itself: a party-member development record sets the worker's membership. */
    public static void afterWrite(RecordType type, Map<String, Object> before, DepartmentRecord r) {
        if (type.code().equals(RecordTypes.PARTY_MEMBER_DEVELOPMENT)) {
            PartyMembership.afterWrite(before, r.fields);
        }
    }

    @Transactional
    public RecordResponse update(String typeCode, long id, RecordRequest request) {
        RecordType type = type(typeCode);
        DepartmentRecord r = scope.readableOr404(type, id);
        scope.requireEdit(r);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (r.version != request.version()) {
            throw ProblemException.staleVersion("该记录已被他人修改,请刷新后重试");
        }
        Map<String, Object> before = new LinkedHashMap<>(r.fields);
        apply(type, r, request, r.owner);
        r.persistAndFlush();
        afterWrite(type, before, r);
        return responses(type, List.of(r)).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String typeCode, long id) {
        RecordType type = type(typeCode);
        scope.readableOr404(type, id);
        return history.of(DepartmentRecord.class, id, r -> snapshot(type, r));
    }

    /** The record as the history shows it: labels, not codes or ids. */
    private static Map<String, Object> snapshot(RecordType type, DepartmentRecord r) {
        Map<String, Object> out = new LinkedHashMap<>(RecordValues.display(type, r.fields, names(type, List.of(r))));
        if (r.taskId != null) {
            out.put("taskId", r.taskId);
        }
        return out;
    }

    private void apply(RecordType type, DepartmentRecord r, RecordRequest request, Department owner) {
        Violations v = new Violations();
        Map<String, Object> raw = request.fields() == null ? Map.of() : request.fields();
        raw.keySet().stream().filter(k -> type.field(k).isEmpty()).forEach(k -> v.add("fields." + k, "没有这个字段"));
        Map<String, Object> fields = RecordValues.normalise(type, raw, false, API_ENTERPRISES, (f, m) -> v.add("fields." + f.key(), m));
        Violations cross = new Violations();
        if (v.isEmpty()) {
            type.check().accept(fields, cross);
            uniqueViolations(type, fields, r.id, cross);
            cross.errors().forEach(e -> v.add("fields." + e.field(), e.message()));
        }
        if (request.taskId() != null && !RecordScope.assignedTo(request.taskId(), owner.id)) {
            v.add("taskId", "任务不存在或未分配给本部门: " + request.taskId());
        }
        v.throwIfAny();
        r.fields = fields;
        r.date = type.dateOf().apply(fields);
        r.enterpriseId = RecordValues.firstEnterprise(type, fields);
        r.taskId = request.taskId();
        r.updatedBy = user.username();
        r.updatedByName = user.displayName();
    }

    /** A unique field's value taken by another record of the type. */
    public static void uniqueViolations(RecordType type, Map<String, Object> fields, Long id, Violations v) {
        for (FieldDef f : type.fields()) {
            if (!f.unique() || fields.get(f.key()) == null) {
                continue;
            }
            // two writers of the same value take turns (until the first commits), so the second one's check sees the
            // first one's row and answers the field error, rather than both passing and the unique index answering 500
            AdvisoryLocks.lock(Panache.getEntityManager(), AdvisoryLocks.Space.RECORD_UNIQUE, type.code() + ":" + f.key() + ":" + fields.get(f.key()));
            Number taken = (Number) Panache.getEntityManager().createNativeQuery("select count(*) from department_record r where r.record_type = :type "
                    + "and r.fields ->> '" + f.key() + "' = :value and r.id <> :id") // the key comes from the definition
                    .setParameter("type", type.code()).setParameter("value", fields.get(f.key()).toString())
                    .setParameter("id", id == null ? -1L : id).getSingleResult();
            if (taken.longValue() > 0) {
                v.add(f.key(), f.label() + "“" + fields.get(f.key()) + "”已登记");
            }
        }
    }

    static final RecordValues.References API_ENTERPRISES = new RecordValues.References() {
        @Override
        public boolean exists(long id) {
            return Enterprise.count("id", id) > 0;
        }

        @Override
        public boolean workerExists(long id) {
            return gov.xianan.reform.registry.Worker.count("id", id) > 0;
        }

        @Override
        public Optional<Long> workerByIdNumber(String idNumber) {
            return gov.xianan.reform.registry.Worker.<gov.xianan.reform.registry.Worker>find("idNumber", idNumber).firstResultOptional().map(w -> w.id);
        }

        @Override
        public boolean honourExists(long id) {
            return gov.xianan.reform.registry.Honour.count("id", id) > 0;
        }

        @Override
        public Optional<Long> byCodeOrName(String text) {
            return Enterprise.<Enterprise>find("creditCode = ?1 or name = ?1", text).firstResultOptional().map(e -> e.id);
        }
    };

    @SuppressWarnings("unchecked")
    static Map<Long, String> enterpriseNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery("select e.id, e.name from Enterprise e where e.id in :ids")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    @SuppressWarnings("unchecked")
    static Map<Long, String> taskTitles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery("select t.id, t.title from ReformTask t where t.id in :ids")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** Names of the enterprises, workers and honours the records name. */
    public static RecordValues.Names names(RecordType type, List<DepartmentRecord> rows) {
        var em = Panache.getEntityManager();
        List<Long> workers = rows.stream().flatMap(r -> RecordValues.ids(type, r.fields, FieldDef.Type.WORKER, FieldDef.Type.WORKERS).stream())
                .distinct().toList();
        List<Long> honours = rows.stream().flatMap(r -> RecordValues.ids(type, r.fields, FieldDef.Type.HONOUR, null).stream()).distinct().toList();
        Map<Long, String> workerNames = new HashMap<>();
        if (!workers.isEmpty()) {
            for (Object[] w : em.createQuery("select w.id, w.name from Worker w where w.id in :ids", Object[].class).setParameter("ids", workers)
                    .getResultList()) {
                workerNames.put((Long) w[0], (String) w[1]);
            }
        }
        Map<Long, String> honourNames = new HashMap<>();
        if (!honours.isEmpty()) {
            for (Object[] h : em.createQuery("select h.id, h.year, h.title, w.name, h.teamName from Honour h left join h.worker w where h.id in :ids",
                    Object[].class).setParameter("ids", honours).getResultList()) {
                honourNames.put((Long) h[0], h[1] + "年 " + h[2] + " · " + (h[3] != null ? h[3] : h[4] != null ? h[4] : ""));
            }
        }
        return new RecordValues.Names(enterpriseNames(rows.stream().flatMap(r -> RecordValues.enterpriseIds(type, r.fields).stream()).distinct().toList()),
                workerNames, honourNames);
    }

    List<RecordResponse> responses(RecordType type, List<DepartmentRecord> rows) {
        RecordValues.Names names = names(type, rows);
        Map<Long, String> tasks = taskTitles(rows.stream().map(r -> r.taskId).filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new RecordResponse(r.id, r.type, r.owner.code, r.owner.name, r.date, r.taskId,
                r.taskId == null ? null : tasks.get(r.taskId), r.fields, RecordValues.display(type, r.fields, names),
                scope.mayEdit(r), r.version, r.createdBy, r.createdByName, r.updatedBy, r.updatedByName, r.createdAt, r.updatedAt)).toList();
    }
}
