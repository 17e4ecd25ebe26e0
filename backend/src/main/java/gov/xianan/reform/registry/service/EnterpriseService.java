package gov.xianan.reform.registry.service;

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
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.EnterpriseRequest;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.EnterpriseResponse;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import gov.xianan.reform.registry.scope.RegistryAccess;
import gov.xianan.reform.registry.validation.CreditCodes;
import gov.xianan.reform.registry.validation.Phones;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Enterprises of the registry. Enterprises are not personal data: every department reads them (its
 * pickers need them); the contact phone, which is a person's, is masked like a worker's unless the
 * caller holds pii-reader (unmasked reads logged). Registry editors of the lead unit maintain them.
 */
@ApplicationScoped
public class EnterpriseService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "creditCode", "creditCode",
            "industryCode", "industryCode", "updatedAt", "updatedAt", "id", "id");

    @Inject
    Industries industries;

    @Inject
    EntityHistory history;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    RegistryAccess access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EnterpriseResponse> list(PageQuery page, String q, String industry, Boolean inDevZone, Boolean hasUnion,
            Boolean hasPartyOrg) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(lower(name) like :q or creditCode = :code)");
            params.put("q", "%" + q.strip().toLowerCase() + "%");
            params.put("code", CreditCodes.normalize(q));
        }
        if (industry != null && !industry.isBlank()) {
            where.add("industryCode = :industry");
            params.put("industry", industry);
        }
        if (inDevZone != null) {
            where.add("inDevZone = :zone");
            params.put("zone", inDevZone);
        }
        if (hasUnion != null) {
            where.add("hasUnion = :union");
            params.put("union", hasUnion);
        }
        if (hasPartyOrg != null) {
            where.add("hasPartyOrg = :party");
            params.put("party", hasPartyOrg);
        }
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name", "id"));
        PanacheQuery<Enterprise> query = params.isEmpty() ? Enterprise.findAll(sort) : Enterprise.find(where.toString(), sort, params);
        long total = query.count();
        List<Enterprise> rows = query.page(page.pageNumber(), page.pageSize()).list();
        Map<Long, Long> counts = workerCounts(rows.stream().map(e -> e.id).toList());
        Map<String, String> names = industries.names();
        boolean unmasked = unmasked();
        String shown = rows.stream().filter(e -> e.contactPhone != null).map(e -> String.valueOf(e.id)).collect(Collectors.joining(","));
        if (unmasked && !shown.isEmpty()) {
            audit.record(AuditLog.Action.PII_READ, "enterprise", null, "GRANTED", "list (contact phones): " + shown);
        }
        List<EnterpriseResponse> items = rows.stream().map(e -> RegistryMapper.toResponse(e, counts.getOrDefault(e.id, 0L), names, unmasked))
                .toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnterpriseResponse> find(long id) {
        return Enterprise.<Enterprise>findByIdOptional(id).map(e -> {
            boolean unmasked = unmasked();
            if (unmasked && e.contactPhone != null) {
                audit.record(AuditLog.Action.PII_READ, "enterprise", e.id, "GRANTED", "detail (contact phone)");
            }
            return RegistryMapper.toResponse(e, workerCounts(List.of(id)).getOrDefault(id, 0L), industries.names(), unmasked);
        });
    }

    @Transactional
    public EnterpriseResponse create(@Valid EnterpriseRequest request) {
        access.requireWrite("enterprise", null);
        Enterprise e = new Enterprise();
        apply(request, e);
        e.persistAndFlush();
        return RegistryMapper.toResponse(e, 0, industries.names(), unmasked());
    }

    @Transactional
    public EnterpriseResponse update(long id, @Valid EnterpriseRequest request) {
        access.requireWrite("enterprise", id);
        Enterprise e = Enterprise.<Enterprise>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("企业不存在: " + id));
        if (request.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (e.version != request.version()) {
            throw ProblemException.staleVersion("该企业已被他人修改,请刷新后重试");
        }
        apply(request, e);
        e.persistAndFlush();
        return RegistryMapper.toResponse(e, workerCounts(List.of(id)).getOrDefault(id, 0L), industries.names(), unmasked());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        if (Enterprise.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("企业不存在: " + id);
        }
        boolean unmasked = unmasked();
        if (unmasked) {
            audit.record(AuditLog.Action.PII_READ, "enterprise", id, "GRANTED", "history");
        }
        return history.of(Enterprise.class, id, e -> RegistryMapper.snapshot(e, unmasked));
    }

    private void apply(EnterpriseRequest r, Enterprise e) {
        Violations v = new Violations();
        String code = CreditCodes.normalize(r.creditCode());
        CreditCodes.problem(code).ifPresent(p -> v.add("creditCode", p));
        if (!industries.exists(r.industryCode()) && !java.util.Objects.equals(r.industryCode(), e.industryCode)) {
            v.add("industryCode", "未知行业: " + r.industryCode());
        }
        v.throwIfAny();
        Enterprise same = Enterprise.find("creditCode", code).firstResult();
        if (same != null && !same.id.equals(e.id)) {
            throw new ProblemException(409, "/problems/duplicate", "统一社会信用代码已登记: " + same.name,
                    new Violations().add("creditCode", "已被“" + same.name + "”使用").errors());
        }
        e.creditCode = code;
        e.name = r.name().strip();
        e.industryCode = r.industryCode();
        e.ownership = r.ownership();
        e.size = r.size();
        e.inDevZone = r.inDevZone();
        e.hasUnion = r.hasUnion();
        e.hasPartyOrg = r.hasPartyOrg();
        e.address = blankToNull(r.address());
        e.contactPerson = blankToNull(r.contactPerson());
        e.contactPhone = contactPhone(r.contactPhone(), e.contactPhone);
    }

    /** The phone to store: the masked value as it was read keeps the stored number (an editor without pii-reader). */
    private static String contactPhone(String sent, String stored) {
        String phone = blankToNull(sent);
        if (!Phones.isMasked(phone)) {
            return phone;
        }
        if (stored != null && phone.equals(Phones.mask(stored))) {
            return stored;
        }
        throw ProblemException.invalid("contactPhone", "请填写完整的联系电话");
    }

    /** Whether this caller sees contact phones in clear. */
    private boolean unmasked() {
        return user.hasRole(Roles.PII_READER);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<Long, Long> workerCounts(List<Long> enterpriseIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Worker.getEntityManager()
                .createQuery("select w.enterprise.id, count(w) from Worker w where w.enterprise.id in :ids group by w.enterprise.id", Object[].class)
                .setParameter("ids", enterpriseIds).getResultList();
        for (Object[] r : rows) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return counts;
    }
}
