package gov.xianan.reform.registry.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Honour;
import gov.xianan.reform.registry.HonourKind;
import gov.xianan.reform.registry.PoliticalPost;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.HonourDtos.HonourRequest;
import gov.xianan.reform.registry.mapping.HonourDtos.HonourResponse;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostRequest;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostResponse;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import gov.xianan.reform.registry.scope.RegistryAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Honours (individual and collective) and political posts of workers. */
@ApplicationScoped
public class HonourService {

    private static final Map<String, String> SORTABLE = Map.of("year", "year", "title", "title", "level", "level", "id", "id");

    @Inject
    Industries industries;

    @Inject
    RegistryAccess access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<HonourResponse> list(PageQuery page, Long workerId, Long enterpriseId, Integer year, String kind) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        if (workerId != null) {
            where.add("(h.worker.id = :worker or exists (select 1 from h.members m where m.id = :worker))");
            params.put("worker", workerId);
        }
        if (enterpriseId != null) {
            where.add("(h.enterprise.id = :enterprise or h.worker.id in (select w.id from Worker w where w.enterprise.id = :enterprise))");
            params.put("enterprise", enterpriseId);
        }
        if (year != null) {
            where.add("h.year = :year");
            params.put("year", year);
        }
        if (kind != null && !kind.isBlank()) {
            Violations v = new Violations();
            HonourKind k = v.parseEnum(HonourKind.class, "kind", kind);
            v.throwIfAny();
            where.add("h.kind = :kind");
            params.put("kind", k);
        }
        Sort sort = page.toSort(SORTABLE, Sort.descending("year").and("id", Sort.Direction.Descending));
        PanacheQuery<Honour> q = params.isEmpty() ? Honour.findAll(sort) : Honour.find("from Honour h where " + where, sort, params);
        long total = q.count();
        Map<String, String> names = industries.names();
        List<HonourResponse> items = q.page(page.pageNumber(), page.pageSize()).list().stream()
                .map(h -> RegistryMapper.toResponse(h, names)).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HonourResponse> find(long id) {
        return Honour.<Honour>findByIdOptional(id).map(h -> RegistryMapper.toResponse(h, industries.names()));
    }

    @Transactional
    public HonourResponse create(@Valid HonourRequest request) {
        access.requireWrite("honour", null);
        Honour h = new Honour();
        apply(request, h);
        h.persistAndFlush();
        return RegistryMapper.toResponse(h, industries.names());
    }

    @Transactional
    public HonourResponse update(long id, @Valid HonourRequest request) {
        access.requireWrite("honour", id);
        Honour h = Honour.<Honour>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("荣誉不存在: " + id));
        if (request.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (h.version != request.version()) {
            throw ProblemException.staleVersion("该荣誉已被他人修改,请刷新后重试");
        }
        apply(request, h);
        h.persistAndFlush();
        return RegistryMapper.toResponse(h, industries.names());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoliticalPostResponse> posts(long workerId) {
        access.readable(workerId);
        return PoliticalPost.<PoliticalPost>find("worker.id", Sort.descending("year"), workerId).stream()
                .map(RegistryMapper::toResponse).toList();
    }

    @Transactional
    public PoliticalPostResponse createPost(@Valid PoliticalPostRequest r) {
        access.requireWrite("political_post", null);
        Worker w = Worker.findById(r.workerId());
        if (w == null) {
            throw ProblemException.invalid("workerId", "工人不存在: " + r.workerId());
        }
        PoliticalPost p = new PoliticalPost();
        p.worker = w;
        p.post = r.post();
        p.title = r.title().strip();
        p.level = r.level();
        p.year = r.year();
        p.issuer = r.issuer().strip();
        p.persistAndFlush();
        return RegistryMapper.toResponse(p);
    }

    private void apply(HonourRequest r, Honour h) {
        Violations v = new Violations();
        Worker worker = null;
        Enterprise enterprise = null;
        LinkedHashSet<Worker> members = new LinkedHashSet<>();
        if (r.kind() == HonourKind.INDIVIDUAL) {
            if (r.workerId() == null) {
                v.add("workerId", "个人荣誉必须指定获奖工人");
            } else if ((worker = Worker.findById(r.workerId())) == null) {
                v.add("workerId", "工人不存在: " + r.workerId());
            }
        } else {
            if (r.enterpriseId() == null) {
                v.add("enterpriseId", "集体荣誉必须指定企业");
            } else if ((enterprise = Enterprise.findById(r.enterpriseId())) == null) {
                v.add("enterpriseId", "企业不存在: " + r.enterpriseId());
            }
            if (r.teamName() == null || r.teamName().isBlank()) {
                v.add("teamName", "集体荣誉必须填写班组名称");
            }
            if (r.memberIds() != null) {
                for (int i = 0; i < r.memberIds().size(); i++) {
                    Worker m = Worker.findById(r.memberIds().get(i));
                    if (m == null) {
                        v.add("memberIds[" + i + "]", "工人不存在: " + r.memberIds().get(i));
                    } else {
                        members.add(m);
                    }
                }
            }
        }
        if (r.awardedOn() != null && r.awardedOn().getYear() != r.year()) {
            v.add("awardedOn", "授予日期应在 " + r.year() + " 年内");
        }
        v.throwIfAny();
        h.kind = r.kind();
        h.category = r.category();
        h.title = r.title().strip();
        h.level = r.level();
        h.year = r.year();
        h.awardedOn = r.awardedOn();
        h.issuer = r.issuer().strip();
        h.citation = r.citation() == null || r.citation().isBlank() ? null : r.citation().strip();
        h.worker = worker;
        h.enterprise = enterprise;
        h.teamName = r.kind() == HonourKind.COLLECTIVE ? r.teamName().strip() : null;
        h.members.clear();
        h.members.addAll(members);
    }
}
