package gov.xianan.reform.registry.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.audit.service.EntityHistory;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Bands.WageBand;
import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.Employment;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Gender;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.SkillLevel.SkillTier;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import gov.xianan.reform.registry.mapping.WorkerDtos.EmploymentResponse;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerLookupItem;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerRequest;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerResponse;
import gov.xianan.reform.registry.rest.WorkerFilter;
import gov.xianan.reform.registry.scope.RegistryAccess;
import gov.xianan.reform.registry.validation.IdNumbers;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Workers of the registry. One person, one record (the ID number is unique); a change of employer
 * is a transfer that closes one employment and opens the next. Personal data is masked unless the
 * caller holds pii-reader, and every unmasked read is logged.
 */
@ApplicationScoped
public class WorkerService {

    private static final Map<String, String> SORTABLE = Map.of("name", "w.name", "monthlyWage", "w.monthlyWage",
            "birthDate", "w.birthDate", "skillLevel", "w.skillLevel", "updatedAt", "w.updatedAt", "id", "w.id");

    /** Problem type of a search or sort that only pii-reader may make (ID number, birth date). */
    public static final String PII_SEARCH_PROBLEM = "/problems/pii-search";

    /** The lookup's largest page: a picker, not a list. */
    static final int LOOKUP_MAX = 20;

    /** Filters the maintained counts cannot answer count matches up to this many; beyond it the total is a lower bound. */
    static final int COUNT_EXACT_UP_TO = 100_000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityHistory history;

    @Inject
    Industries industries;

    @Inject
    RegistryGeneration generation;

    @Inject
    RegistryAccess access;

    /**
     * Matches per filter, kept until the registry changes: counting a broad filter costs far more
     * than fetching its page, and paging through a list asks the same count again and again.
     */
    private final RegistryGeneration.Cache<WorkerQuery, Count> counts = new RegistryGeneration.Cache<>(1024);

    /** The last total per filter, whatever the generation: what pages after the first show. */
    private final Map<WorkerQuery, Count> lastCounts = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WorkerQuery, Count> eldest) {
            return size() > 1024;
        }
    });

    /** Whether this caller sees ID numbers and phones in clear. */
    public boolean unmasked() {
        return user.hasRole(Roles.PII_READER);
    }

    /**
     * The registry's list for callers whose scope allows it (403, logged, for the others); the
     * development zone's staff see the zone's workers only. Searching by ID number, or sorting by
     * birth date, is for pii-reader only, and every ID search is logged.
     *
     * <p>Totals (issue 13): exact from the maintained counts (migration V14_3) for the filters the
     * dashboard counts too (industry, zone, enterprise, skill level or tier); for the other filters
     * exact up to {@link #COUNT_EXACT_UP_TO} matches and a lower bound beyond. Keyset paging for
     * systems and exports: every full page in id or name order carries nextCursor; passed back as
     * {@code cursor}, the next page costs the same at any depth, and is not counted (total -1).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<WorkerResponse> list(WorkerFilter filter, PageQuery page, String cursor) {
        boolean unmasked = unmasked();
        scopeList(filter, "list");
        if (!unmasked && page.sort != null && page.sort.replaceFirst("^-", "").equals("birthDate")) {
            throw new ProblemException(400, PII_SEARCH_PROBLEM, "按出生日期排序仅限有个人信息查看权限(pii-reader)的用户",
                    new Violations().add("sort", "按出生日期排序会暴露出生日期,仅限有个人信息查看权限(pii-reader)的用户").errors());
        }
        WorkerQuery q = WorkerQuery.of(filter, unmasked);
        Keyset keyset = cursor == null ? null : Keyset.of(page.sort, cursor);
        String order;
        if (keyset != null) {
            order = keyset.order();
        } else {
            Sort sort = page.toSort(SORTABLE, Sort.ascending("w.id"));
            order = sort.getColumns().stream()
                    .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                    .collect(Collectors.joining(", "));
            if (!order.endsWith("w.id asc") && !order.startsWith("w.id")) {
                order += ", w.id asc";
            }
        }
        String where = keyset == null || keyset.after() == null ? q.where() : (q.where().isEmpty() ? " where " : q.where() + " and ") + keyset.after();
        // a projection (issue 13): the columns the page shows, the industry's name joined in the same statement; no
        // entities, no persistence context, no second query for the industry names. The page's bounds are written into
        // the statement like the filter's closed values (WorkerQuery): with them as parameters PostgreSQL plans the
        // statement for an unknown number of rows and so re-plans it on every execution
        int offset = keyset != null ? 0 : page.pageNumber() * page.pageSize();
        TypedQuery<Object[]> rows = em.createQuery("select " + RegistryMapper.LIST_COLUMNS
                + " from Worker w left join w.enterprise e left join Industry i on i.code = e.industryCode" + where + " order by " + order
                + " offset " + offset + " rows fetch first " + page.pageSize() + " rows only", Object[].class);
        q.params().forEach(rows::setParameter);
        if (keyset != null) {
            keyset.params().forEach(rows::setParameter);
        }
        rows.setHint(HibernateHints.HINT_READ_ONLY, true); // no dirty-checking snapshot per row: the list only reads
        Count count;
        if (keyset != null && keyset.after() != null) {
            count = new Count(-1, false);
        } else if (keyset == null && page.pageNumber() > 0 && lastCounts.get(q) != null) {
            count = lastCounts.get(q); // later pages show the total their first page showed: no count per page
        } else {
            count = counts.get(generation.current(), q, () -> count(q));
            lastCounts.put(q, count);
        }
        List<Object[]> workers = rows.getResultList();
        if (q.idSearch() != null) {
            audit.record(AuditLog.Action.PII_READ, "worker", null, "GRANTED", "id search: " + q.idSearch() + " → "
                    + (count.total() < 0 ? "?" : count.total() + (count.exact() ? "" : "+")) + " match(es)");
        }
        if (unmasked && !workers.isEmpty()) {
            audit.record(AuditLog.Action.PII_READ, "worker", null, "GRANTED",
                    "list: " + workers.stream().map(w -> String.valueOf(w[0])).collect(Collectors.joining(",")));
        }
        // every full page in id or name order carries the cursor of the next one (the first page needs no cursor)
        String next = null;
        if (workers.size() == page.pageSize() && Keyset.keyable(page.sort)) {
            Object[] last = workers.get(workers.size() - 1);
            next = Keyset.of(page.sort, "").next((Long) last[0], (String) last[2]);
        }
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        return new PageResponse<>(workers.stream().map(w -> RegistryMapper.listItem(w, unmasked, today)).toList(),
                count.total(), keyset != null ? 0 : page.pageNumber(), page.pageSize(), count.exact(), next);
    }

    /** Compatibility for callers without keyset paging. */
    public PageResponse<WorkerResponse> list(WorkerFilter filter, PageQuery page) {
        return list(filter, page, null);
    }

    /** A list's total and whether it is exact (false: a lower bound, or -1 for not counted). */
    record Count(long total, boolean exact) {
    }

    /** The total of a filter: from the maintained counts when they answer it, else counted up to the cap. */
    private Count count(WorkerQuery q) {
        if (q.countSql() != null) {
            jakarta.persistence.Query sum = em.createNativeQuery(q.countSql());
            for (int i = 0; i < q.countParams().size(); i++) {
                sum.setParameter(i + 1, q.countParams().get(i));
            }
            return new Count(((Number) sum.getSingleResult()).longValue(), true);
        }
        TypedQuery<Long> capped = em.createQuery("select count(*) from (select w.id as id from Worker w left join w.enterprise e" + q.where()
                + " order by w.id limit " + (COUNT_EXACT_UP_TO + 1) + ") x", Long.class);
        q.params().forEach(capped::setParameter);
        long n = capped.getSingleResult();
        return n > COUNT_EXACT_UP_TO ? new Count(COUNT_EXACT_UP_TO, false) : new Count(n, true);
    }

    /**
     * Keyset paging on (id) or (name, id), ascending: the cursor names the last row of the page
     * before, so a page costs one index range scan at any depth. Other sorts take offset pages.
     */
    record Keyset(boolean byName, String after, Map<String, Object> params) {

        static boolean keyable(String sort) {
            return sort == null || sort.isBlank() || sort.equals("id") || sort.equals("name");
        }

        static Keyset of(String sort, String cursor) {
            String s = sort == null || sort.isBlank() ? "id" : sort;
            if (!s.equals("id") && !s.equals("name")) {
                throw ProblemException.invalid("sort", "游标分页(cursor)仅支持按 id 或 name 升序排序");
            }
            boolean byName = s.equals("name");
            if (cursor.isEmpty()) {
                return new Keyset(byName, null, Map.of());
            }
            try {
                if (!byName) {
                    return new Keyset(false, "w.id > :afterId", Map.of("afterId", Long.parseLong(cursor)));
                }
                int dot = cursor.lastIndexOf('.');
                String name = new String(java.util.Base64.getUrlDecoder().decode(cursor.substring(0, dot)), java.nio.charset.StandardCharsets.UTF_8);
                long id = Long.parseLong(cursor.substring(dot + 1));
                return new Keyset(true, "(w.name > :afterName or (w.name = :afterName and w.id > :afterId))",
                        Map.of("afterName", name, "afterId", id));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "无效的分页游标,请使用上一页返回的 nextCursor");
            }
        }

        String order() {
            return byName ? "w.name asc, w.id asc" : "w.id asc";
        }

        String next(long lastId, String lastName) {
            return byName ? java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(lastName.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "." + lastId : String.valueOf(lastId);
        }
    }

    /**
     * Checks, before the first row is read, that the caller may list or export the registry (403,
     * logged, otherwise) and narrows the filter to the caller's part of it.
     */
    public void scopeList(WorkerFilter filter, String what) {
        access.requireList(what);
        if (!unmasked() && filter.q != null && WorkerQuery.ID_LIKE.matcher(filter.q.strip()).matches()) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "worker", null, "DENIED", what + " by ID number without pii-reader");
        }
        if (access.listsDevZoneOnly()) {
            filter.restrictToDevZone();
        }
    }

    /**
     * The minimal lookup for every department and system: a name (two characters or more) within one
     * enterprise, or, for pii-reader only, a full ID number (logged). It answers the few fields a
     * picker needs, the ID number masked, at most {@link #LOOKUP_MAX} rows, and every use is logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<WorkerLookupItem> lookup(String name, String idNumber, String enterpriseId, PageQuery page) {
        int size = Math.min(page.pageSize(), LOOKUP_MAX);
        String n = name == null ? "" : name.strip().replace("%", "").replace("_", "");
        String id = idNumber == null ? "" : IdNumbers.normalize(idNumber.strip());
        PanacheQuery<Worker> query;
        String logged;
        if (!id.isEmpty()) {
            if (!unmasked()) {
                audit.record(AuditLog.Action.SCOPE_DENIED, "worker", null, "DENIED", "lookup by ID number without pii-reader");
                throw new ProblemException(400, PII_SEARCH_PROBLEM, "按身份证号查询仅限有个人信息查看权限(pii-reader)的用户;请按姓名和所在企业查询",
                        new Violations().add("idNumber", "按身份证号查询仅限有个人信息查看权限(pii-reader)的用户").errors());
            }
            IdNumbers.problem(id).ifPresent(p -> {
                throw ProblemException.invalid("idNumber", "请输入完整、有效的18位身份证号: " + p);
            });
            query = Worker.find("idNumber", Sort.ascending("id"), id);
            logged = "lookup by ID number " + IdNumbers.mask(id);
        } else {
            Violations v = new Violations();
            if (n.codePointCount(0, n.length()) < 2) {
                v.add("name", "请输入至少2个字的姓名");
            }
            if (enterpriseId == null || enterpriseId.isBlank()) {
                v.add("enterpriseId", "请先选择工人所在企业");
            }
            v.throwIfAny();
            query = Worker.find("enterprise.id = ?1 and name like ?2", Sort.ascending("name", "id"), Long.parseLong(enterpriseId), "%" + n + "%");
            logged = "lookup by name \"" + n + "\" in enterprise " + enterpriseId;
        }
        long total = query.count();
        List<Worker> rows = query.page(page.pageNumber(), size).list();
        audit.record(unmasked() && !id.isEmpty() ? AuditLog.Action.PII_READ : AuditLog.Action.LOOKUP, "worker", null, "GRANTED",
                logged + " → " + total + " match(es)");
        return new PageResponse<>(rows.stream().map(RegistryMapper::lookupItem).toList(), total, page.pageNumber(), size);
    }

    /** One worker within the caller's scope; out of scope is the same 404 as missing (and logged). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkerResponse find(long id) {
        Worker w = access.readable(id);
        boolean unmasked = unmasked();
        if (unmasked) {
            audit.record(AuditLog.Action.PII_READ, "worker", w.id, "GRANTED", "detail");
        }
        return RegistryMapper.toResponse(w, unmasked, industries.names());
    }

    @Transactional
    public WorkerResponse create(@Valid WorkerRequest request) {
        access.requireWrite("worker", null);
        Worker w = register(request);
        return RegistryMapper.toResponse(w, unmasked(), industries.names());
    }

    @Transactional
    public WorkerResponse update(long id, @Valid WorkerRequest request) {
        access.requireWrite("worker", id);
        Worker w = Worker.<Worker>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("工人不存在: " + id));
        if (request.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (w.version != request.version()) {
            throw ProblemException.staleVersion("该工人信息已被他人修改,请刷新后重试");
        }
        change(w, request);
        return RegistryMapper.toResponse(w, unmasked(), industries.names());
    }

    /**
     * Registers a new worker from a request that passed Bean Validation, after every registry rule
     * (ID checksum, derived gender and birth date, age, employer, one person one record). The
     * caller has decided access; shared by {@link #create} and the upserts of {@link WorkerUpsertService}.
     */
    Worker register(WorkerRequest request) {
        Worker w = new Worker();
        Enterprise employer = check(request, w);
        copy(request, w, employer);
        w.persist();
        if (employer != null) {
            openEmployment(w, employer, request.employedSince() == null ? LocalDate.now(ClockProducer.ZONE) : request.employedSince());
        }
        em.flush();
        return w;
    }

    /**
     * Applies a request that passed Bean Validation to a stored worker, after the same rules as
     * {@link #register}; a different employer is a transfer. Access and version are the caller's
     * decision. Every check runs before the first field is touched, so a refused change leaves the
     * worker as it was. Answers whether anything changed: the same data again writes nothing and
     * keeps the version.
     */
    boolean change(Worker w, WorkerRequest request) {
        Enterprise after = check(request, w);
        Enterprise before = w.enterprise;
        boolean transfer = before == null ? after != null : after == null || !before.id.equals(after.id);
        LocalDate from = request.employedSince() == null ? LocalDate.now(ClockProducer.ZONE) : request.employedSince();
        Employment open = transfer ? Employment.openOf(w).orElse(null) : null;
        if (open != null && from.isBefore(open.startDate)) {
            throw ProblemException.invalid("employedSince", "调动日期不能早于当前任职开始日期 " + open.startDate);
        }
        Map<String, Object> was = RegistryMapper.snapshot(w, true);
        copy(request, w, after);
        if (transfer) {
            transfer(w, open, after, from);
        }
        em.flush();
        return transfer || !was.equals(RegistryMapper.snapshot(w, true));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmploymentResponse> employments(long id) {
        access.readable(id);
        Map<String, String> names = industries.names();
        return Employment.<Employment>find("worker.id = ?1", Sort.descending("startDate", "id"), id).stream()
                .map(e -> RegistryMapper.toResponse(e, names)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        access.readable(id);
        boolean unmasked = unmasked();
        if (unmasked) {
            audit.record(AuditLog.Action.PII_READ, "worker", id, "GRANTED", "history");
        }
        return history.of(Worker.class, id, w -> RegistryMapper.snapshot(w, unmasked));
    }

    /** Closes the open employment (checked by the caller) the day before {@code from} (or on it) and opens one at {@code to}. */
    private void transfer(Worker w, Employment open, Enterprise to, LocalDate from) {
        if (open != null) {
            open.endDate = from.equals(open.startDate) ? from : from.minusDays(1);
            em.flush(); // the partial unique index allows one open employment per worker
        }
        if (to != null) {
            openEmployment(w, to, from);
        }
    }

    private void openEmployment(Worker w, Enterprise employer, LocalDate since) {
        Employment e = new Employment();
        e.worker = w;
        e.enterprise = employer;
        e.startDate = since;
        e.persist();
    }

    /**
     * The checks Bean Validation cannot make, for a request about to be written to {@code w} (new or
     * stored); nothing is changed. Returns the employer.
     */
    private Enterprise check(WorkerRequest r, Worker w) {
        Violations v = new Violations();
        String id = IdNumbers.normalize(r.idNumber());
        Optional<String> idProblem = IdNumbers.problem(id);
        idProblem.ifPresent(p -> v.add("idNumber", p));
        if (idProblem.isEmpty()) {
            Gender derived = IdNumbers.gender(id);
            LocalDate born = IdNumbers.birthDate(id).orElseThrow();
            if (r.gender() != null && r.gender() != derived) {
                v.add("gender", "性别与身份证号不符(身份证号表明为" + (derived == Gender.MALE ? "男" : "女") + ")");
            }
            if (r.birthDate() != null && !r.birthDate().equals(born)) {
                // the derived date is what the mask hides: only a pii-reader is told which date the number holds
                v.add("birthDate", "出生日期与身份证号不符" + (unmasked() ? "(身份证号表明为 " + born + ")" : ""));
            }
            int age = RegistryMapper.age(born, LocalDate.now(ClockProducer.ZONE));
            if (age < 16) {
                v.add("idNumber", "未满16周岁,不能登记为产业工人");
            }
        }
        Enterprise employer = null;
        if (r.enterpriseId() != null) {
            employer = Enterprise.findById(r.enterpriseId());
            if (employer == null) {
                v.add("enterpriseId", "企业不存在: " + r.enterpriseId());
            }
        }
        if (r.employedSince() != null && r.employedSince().isAfter(LocalDate.now(ClockProducer.ZONE).plusYears(1))) {
            v.add("employedSince", "入职日期不能晚于一年以后");
        }
        v.throwIfAny();
        if (id.equals(w.idNumber)) {
            return employer; // the stored worker's own number: the unique index already holds it to one record (issue 13: one query less per edit)
        }
        Worker same = Worker.find("idNumber", id).firstResult();
        if (same != null && !same.id.equals(w.id)) {
            // Uniqueness must answer, but only a pii-reader learns WHICH record holds the number;
            // either way the check is logged, since it confirms that the number is registered.
            boolean unmasked = unmasked();
            audit.record(AuditLog.Action.LOOKUP, "worker", unmasked ? same.id : null, unmasked ? "GRANTED" : "MASKED",
                    "duplicate ID number on save: " + IdNumbers.mask(id));
            String which = unmasked ? "(工人编号 " + same.id + ")" : "";
            throw new ProblemException(409, "/problems/duplicate", "该身份证号已登记" + which + ",一人只能有一条记录",
                    new Violations().add("idNumber", unmasked ? "已登记,工人编号 " + same.id : "已登记,一人只能有一条记录").errors());
        }
        return employer;
    }

    /** Copies a checked request onto the worker. */
    private static void copy(WorkerRequest r, Worker w, Enterprise employer) {
        String id = IdNumbers.normalize(r.idNumber());
        w.idNumber = id;
        w.gender = IdNumbers.gender(id);
        w.birthDate = IdNumbers.birthDate(id).orElseThrow();
        w.name = r.name().strip();
        w.education = r.education();
        w.monthlyWage = r.monthlyWage().setScale(2, java.math.RoundingMode.HALF_UP);
        w.skillLevel = r.skillLevel();
        w.occupation = r.occupation() == null || r.occupation().isBlank() ? null : r.occupation().strip();
        w.agriculturalHukou = r.agriculturalHukou();
        w.fromOutside = r.fromOutside();
        w.unionMember = r.unionMember();
        w.partyMember = r.partyMember();
        w.phone = r.phone() == null || r.phone().isBlank() ? null : r.phone().strip();
        w.enterprise = employer;
    }

    /**
     * The list filters as an HQL where clause; wrong values are 400s naming the parameter. {@code idSearch} is the
     * masked ID number (or prefix) searched for, for the log. Values from a closed set (enums, yes/no, the wage bands,
     * an enterprise id, an industry code of the dictionaries' alphabet) are written into the statement; only free text (the name searched, an ID
     * number, which must never appear in a statement's text or a log) and the age band's dates are parameters. Why
     * (issue 13): PostgreSQL plans a parameterised list statement afresh on every execution, because the plan for an
     * unknown industry or skill level is costed worse than the plan for the given one, and planning the page's join
     * cost as much as running it (0.24 ms against 0.22 ms on the 1M registry). A statement whose values are its text
     * is planned once per connection when the driver prepares it (docs/benchmarks.md, 2026-12-04 night).
     */
    record WorkerQuery(String where, Map<String, Object> params, String idSearch, String countSql, List<Object> countParams) {

        /**
         * A {@code q} of digits (with the check character X) can only be meant as an ID number. Without
         * pii-reader it is refused before any row is read, so that the answer never depends on the data.
         */
        static final java.util.regex.Pattern ID_LIKE = java.util.regex.Pattern.compile("^[\\d\\s]*\\d[\\d\\s]*[Xx]?$");

        /**
         * A reference-data code as the dictionaries accept it (DictionaryDtos): letters, digits and {@code _ : . -}, so
         * never a quote. Only such a value is written into the statement; anything else stays a parameter.
         */
        static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_:.-]{0,63}$");

        static WorkerQuery of(WorkerFilter f, boolean unmasked) {
            StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
            Map<String, Object> params = new HashMap<>();
            Violations v = new Violations();
            String idSearch = null;
            // the same filter on the maintained counts (worker_count), while only its columns are filtered
            StringJoiner counted = new StringJoiner(" and ", " where ", "").setEmptyValue("");
            List<Object> countParams = new java.util.ArrayList<>();
            if (f.devZoneOnly()) {
                where.add("e.inDevZone = true");
                counted.add("e.in_dev_zone = true");
            }
            if (f.q != null && !f.q.isBlank()) {
                String q = f.q.strip().toUpperCase();
                if (!unmasked && ID_LIKE.matcher(q).matches()) {
                    throw new ProblemException(400, PII_SEARCH_PROBLEM, "按身份证号(全部或部分号码)查询仅限有个人信息查看权限(pii-reader)的用户",
                            new Violations().add("q", "按身份证号查询仅限有个人信息查看权限(pii-reader)的用户;请按姓名查询").errors());
                }
                if (q.matches("^\\d{17}[\\dX]$")) {
                    where.add("w.idNumber = :id");
                    params.put("id", q);
                    idSearch = IdNumbers.mask(q);
                } else if (unmasked && q.matches("^\\d{6,17}$")) {
                    where.add("w.idNumber like :idPrefix");
                    params.put("idPrefix", q + "%");
                    idSearch = "prefix " + IdNumbers.mask(q) + " (" + q.length() + " digits)";
                } else {
                    where.add("w.name like :name");
                    params.put("name", "%" + f.q.strip().replace("%", "").replace("_", "") + "%");
                }
            }
            boolean maintained = params.isEmpty();
            if (f.industry != null && !f.industry.isBlank()) {
                if (CODE.matcher(f.industry).matches()) {
                    where.add("e.industryCode = '" + f.industry + "'");
                } else { // no industry has such a code: a parameter, never text in the statement
                    where.add("e.industryCode = :industry");
                    params.put("industry", f.industry);
                }
                counted.add("e.industry_code = ?" + (countParams.size() + 1));
                countParams.add(f.industry);
            }
            if (f.enterpriseId != null) {
                where.add("e.id = " + Long.parseLong(f.enterpriseId));
                counted.add("e.id = ?" + (countParams.size() + 1));
                countParams.add(Long.parseLong(f.enterpriseId));
            }
            if (f.inDevZone != null) {
                where.add("e.inDevZone = " + Boolean.parseBoolean(f.inDevZone));
                counted.add("e.in_dev_zone = ?" + (countParams.size() + 1));
                countParams.add(Boolean.parseBoolean(f.inDevZone));
            }
            SkillLevel skill = v.parseEnum(SkillLevel.class, "skillLevel", f.skillLevel);
            if (skill != null) {
                where.add("w.skillLevel = " + enumLiteral(skill));
                counted.add("c.skill_level = ?" + (countParams.size() + 1));
                countParams.add(skill.name());
            }
            SkillTier tier = v.parseEnum(SkillTier.class, "skillTier", f.skillTier);
            if (tier != null) {
                where.add("w.skillLevel in (" + Arrays.stream(SkillLevel.values()).filter(s -> s.tier() == tier)
                        .map(WorkerQuery::enumLiteral).collect(Collectors.joining(", ")) + ")");
                counted.add("c.skill_level in (" + Arrays.stream(SkillLevel.values()).filter(s -> s.tier() == tier)
                        .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")");
            }
            boolean maintainedOnly = true;
            Education education = v.parseEnum(Education.class, "education", f.education);
            if (education != null) {
                where.add("w.education = " + enumLiteral(education));
                maintainedOnly = false;
            }
            Gender gender = v.parseEnum(Gender.class, "gender", f.gender);
            if (gender != null) {
                where.add("w.gender = " + enumLiteral(gender));
                maintainedOnly = false;
            }
            AgeBand age = v.parseEnum(AgeBand.class, "ageBand", f.ageBand);
            if (age != null) {
                maintainedOnly = false;
                LocalDate today = LocalDate.now(ClockProducer.ZONE);
                if (age.bornOnOrBefore(today) != null) {
                    where.add("w.birthDate <= :bornOnOrBefore");
                    params.put("bornOnOrBefore", age.bornOnOrBefore(today));
                }
                if (age.bornAfter(today) != null) {
                    where.add("w.birthDate > :bornAfter");
                    params.put("bornAfter", age.bornAfter(today));
                }
            }
            WageBand wage = v.parseEnum(WageBand.class, "wageBand", f.wageBand);
            if (wage != null) {
                maintainedOnly = false;
                if (wage.min != null) {
                    where.add("w.monthlyWage >= " + wage.min);
                }
                if (wage.maxExclusive != null) {
                    where.add("w.monthlyWage < " + wage.maxExclusive);
                }
            }
            maintainedOnly &= !flag(where, "w.agriculturalHukou", f.migrant);
            maintainedOnly &= !flag(where, "w.fromOutside", f.outside);
            maintainedOnly &= !flag(where, "w.unionMember", f.unionMember);
            maintainedOnly &= !flag(where, "w.partyMember", f.partyMember);
            v.throwIfAny();
            String countSql = null;
            if (maintained && maintainedOnly) {
                String join = counted.toString().contains("e.") ? " join enterprise e on e.id = c.enterprise_id" : "";
                countSql = "select coalesce(sum(c.n), 0) from worker_count c" + join + counted;
            }
            return new WorkerQuery(where.toString(), params, idSearch, countSql, List.copyOf(countParams));
        }

        /** A yes/no filter, written into the statement; whether there was one. */
        private static boolean flag(StringJoiner where, String path, String value) {
            if (value == null) {
                return false;
            }
            where.add(path + " = " + Boolean.parseBoolean(value));
            return true;
        }

        /** An enum constant as HQL names it (rendered as the column's string value). */
        private static String enumLiteral(Enum<?> value) {
            return value.getDeclaringClass().getName() + "." + value.name();
        }

    }
}
