package gov.xianan.reform.competitions.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionKind;
import gov.xianan.reform.competitions.CompetitionObjection;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionScoringItem;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ObjectionStatus;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoringItemRequest;
import gov.xianan.reform.competitions.mapping.CompetitionMapper;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.registry.mapping.RegistryLabels;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Competitions: the list, create and change, and the stage actions with their rules. */
@ApplicationScoped
public class CompetitionService {

    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "name", "name", "year", "year", "id", "id");

    @Inject
    CompetitionScope scope;

    @Inject
    RankingService ranking;

    @Inject
    AwardService awards;

    @Inject
    gov.xianan.reform.common.audit.service.EntityHistory history;

    /** Filters of the list; enums are parsed here so that a wrong value is a 400 with the field. */
    public record Filter(String kind, String field, Integer year, String department, String stage) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CompetitionResponse> list(Filter f, PageQuery page) {
        Violations v = new Violations();
        StringJoiner where = new StringJoiner(" and ");
        where.add("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.kind() != null && !f.kind().isBlank()) {
            params.put("kind", v.parseEnum(CompetitionKind.class, "kind", f.kind()));
            where.add("c.kind = :kind");
        }
        if (f.field() != null && !f.field().isBlank()) {
            params.put("field", v.parseEnum(CompetitionField.class, "field", f.field()));
            where.add("c.field = :field");
        }
        if (f.stage() != null && !f.stage().isBlank()) {
            params.put("stage", v.parseEnum(CompetitionStage.class, "stage", f.stage()));
            where.add("c.stage = :stage");
        }
        v.throwIfAny();
        if (f.year() != null) {
            params.put("year", f.year());
            where.add("c.year = :year");
        }
        if (f.department() != null && !f.department().isBlank()) {
            params.put("dept", f.department().strip());
            where.add("c.department.code = :dept");
        }
        if (!scope.readsAll()) {
            params.put("me", scope.username());
            params.put("published", List.of(CompetitionStage.PUBLICATION, CompetitionStage.CLOSED));
            String own = scope.department().map(d -> {
                params.put("myDept", d.id);
                return "c.department.id = :myDept or ";
            }).orElse("");
            where.add("(" + own + "c.stage in :published or exists (select 1 from CompetitionJudge j where j.competition = c and j.username = :me))");
        }
        Sort sort = page.toSort(SORTABLE, Sort.descending("startDate").and("id", Sort.Direction.Descending));
        PanacheQuery<Competition> q = Competition.find("from Competition c where " + where, sort, params);
        long total = q.count();
        List<CompetitionResponse> items = q.page(page.pageNumber(), page.pageSize()).list().stream().map(this::toResponse).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetitionResponse read(long id) {
        return toResponse(scope.readable(id));
    }

    /** Who changed the competition (rules, stages) and when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<gov.xianan.reform.common.audit.HistoryEntry> history(long id) {
        Competition c = scope.readable(id);
        return history.of(Competition.class, c.id, CompetitionMapper::snapshot);
    }

    @Transactional
    public CompetitionResponse create(@Valid CompetitionRequest r) {
        Department dept = scope.department().orElseThrow(() -> ProblemException.forbidden("创建竞赛需要所属部门(令牌中缺少 department)"));
        Competition c = new Competition();
        c.department = dept;
        c.stage = CompetitionStage.REGISTRATION;
        apply(r, c);
        c.persist();
        replaceItems(c, r.items());
        return toResponse(c);
    }

    @Transactional
    public CompetitionResponse update(long id, @Valid CompetitionRequest r, String ifMatch) {
        Competition c = scope.managed(id, true);
        gov.xianan.reform.common.api.Versions.checkIfMatch(ifMatch, c.version);
        if (r.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (r.version() != c.version) {
            throw ProblemException.staleVersion("该竞赛已被他人修改,请刷新后重试");
        }
        if (c.stage.atLeast(CompetitionStage.SCORING)) {
            throw ProblemException.conflict("竞赛已进入「" + c.stage.label() + "」阶段,不能再修改规则");
        }
        if (r.kind() != c.kind) {
            throw ProblemException.invalid("kind", "竞赛类别创建后不能修改");
        }
        apply(r, c);
        if (r.items() != null) {
            replaceItems(c, r.items());
        }
        c.persistAndFlush();
        return toResponse(c);
    }

    /**
     * Moves the competition one step forward; anything else (skipping, going back, staying) is a 409 and
     * changes nothing. Entering publication fixes ranks and awards; closing writes the awards to the
     * registry.
     */
    @Transactional
    public CompetitionResponse changeStage(long id, CompetitionStage target, Long version, String ifMatch) {
        Competition c = scope.managed(id, true);
        gov.xianan.reform.common.api.Versions.checkIfMatch(ifMatch, c.version);
        gov.xianan.reform.common.api.Versions.require(version, c.version, "该竞赛已被他人修改");
        CompetitionStage next = c.stage.next();
        if (target == null || target != next) {
            throw ProblemException.conflict("不能从「" + c.stage.label() + "」转到「" + (target == null ? "?" : target.label()) + "」:"
                    + (next == null ? "竞赛已结束" : "阶段只能依次推进,下一阶段是「" + next.label() + "」"));
        }
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        switch (target) {
            case REVIEW -> {
            }
            case SCORING -> startScoring(c);
            case PUBLICATION -> {
                ranking.publish(c);
                c.publishedOn = today;
            }
            case CLOSED -> {
                if (today.isBefore(c.publicationEndsOn())) {
                    throw ProblemException.conflict("公示期(" + c.publicationDays + " 天)至 " + c.publicationEndsOn().minusDays(1) + " 结束,之后才能结束竞赛");
                }
                long open = CompetitionObjection.count("competition.id = ?1 and status = ?2", c.id, ObjectionStatus.OPEN);
                if (open > 0) {
                    throw ProblemException.conflict("还有 " + open + " 条异议未处理,处理后才能结束竞赛");
                }
                awards.writeToRegistry(c, today);
                c.closedOn = today;
            }
            default -> throw new IllegalStateException();
        }
        c.stage = target;
        c.persistAndFlush();
        return toResponse(c);
    }

    @Transactional
    public CompetitionResponse advance(long id, Long version, String ifMatch) {
        Competition c = scope.managed(id);
        return changeStage(id, c.stage.next(), version, ifMatch);
    }

    private void startScoring(Competition c) {
        List<String> missing = new java.util.ArrayList<>();
        long pending = CompetitionParticipant.count("competition.id = ?1 and status = ?2", c.id, ParticipantStatus.PENDING);
        if (pending > 0) {
            missing.add("还有 " + pending + " 个报名未审核");
        }
        if (CompetitionParticipant.count("competition.id = ?1 and status = ?2", c.id, ParticipantStatus.ACCEPTED) == 0) {
            missing.add("没有审核通过的参赛者");
        }
        if (gov.xianan.reform.competitions.CompetitionJudge.count("competition.id", c.id) == 0) {
            missing.add("还没有评委");
        }
        if (CompetitionScoringItem.count("competition.id", c.id) == 0) {
            missing.add("还没有评分项目");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("不能开始评分:" + String.join(";", missing));
        }
    }

    private void apply(CompetitionRequest r, Competition c) {
        Violations v = new Violations();
        if (r.endDate().isBefore(r.startDate())) {
            v.add("endDate", "结束日期不能早于开始日期");
        }
        if (r.kind() == CompetitionKind.LABOUR_COMPETITION && r.field() == null) {
            v.add("field", "劳动竞赛必须选择竞赛领域(重点项目、新兴产业、非公企业、小微企业、节能减排)");
        }
        if (r.kind() != CompetitionKind.LABOUR_COMPETITION && r.field() != null) {
            v.add("field", "竞赛领域只适用于劳动竞赛");
        }
        if (r.kind() != CompetitionKind.LABOUR_COMPETITION && (r.occupation() == null || r.occupation().isBlank())) {
            v.add("occupation", "技能竞赛和岗位练兵必须填写工种");
        }
        if (r.minSkillLevel() != null && r.maxSkillLevel() != null && r.minSkillLevel().compareTo(r.maxSkillLevel()) > 0) {
            v.add("maxSkillLevel", "最高技能等级不能低于最低技能等级 " + RegistryLabels.SKILL.get(r.minSkillLevel()));
        }
        if (r.minAge() != null && r.maxAge() != null && r.minAge() > r.maxAge()) {
            v.add("maxAge", "最大年龄不能小于最小年龄 " + r.minAge());
        }
        if (r.startDate().getYear() != r.year()) {
            v.add("startDate", "开始日期应在 " + r.year() + " 年内");
        }
        if (r.items() != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < r.items().size(); i++) {
                if (!names.add(r.items().get(i).name().strip())) {
                    v.add("items[" + i + "].name", "评分项目重复: " + r.items().get(i).name());
                }
            }
        }
        v.throwIfAny();
        c.kind = r.kind();
        c.name = r.name().strip();
        c.year = r.year();
        c.field = r.field();
        c.occupation = r.occupation() == null || r.occupation().isBlank() ? null : r.occupation().strip();
        c.level = r.level();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.places = r.places();
        c.minSkillLevel = r.minSkillLevel();
        c.maxSkillLevel = r.maxSkillLevel();
        c.minAge = r.minAge();
        c.maxAge = r.maxAge();
        c.publicationDays = r.publicationDays();
        c.firstPrizes = r.firstPrizes() == null ? 0 : r.firstPrizes();
        c.secondPrizes = r.secondPrizes() == null ? 0 : r.secondPrizes();
        c.thirdPrizes = r.thirdPrizes() == null ? 0 : r.thirdPrizes();
        c.excellencePrizes = r.excellencePrizes() == null ? 0 : r.excellencePrizes();
        c.technicalExpertUpTo = r.technicalExpertUpTo();
        c.skillRaiseUpTo = r.skillRaiseUpTo();
        c.description = r.description();
    }

    private void replaceItems(Competition c, List<ScoringItemRequest> items) {
        if (items == null) {
            return;
        }
        CompetitionScoringItem.delete("competition.id", c.id);
        CompetitionScoringItem.getEntityManager().flush();
        int order = 0;
        for (ScoringItemRequest r : items) {
            CompetitionScoringItem i = new CompetitionScoringItem();
            i.competition = c;
            i.name = r.name().strip();
            i.weight = r.weight();
            i.sortOrder = order++;
            i.demo = c.demo;
            i.persist();
        }
    }

    CompetitionResponse toResponse(Competition c) {
        List<CompetitionScoringItem> items = CompetitionScoringItem.of(c);
        long registered = CompetitionParticipant.registered(c);
        return CompetitionMapper.toResponse(c, items, registered);
    }


    public Optional<Competition> entity(long id) {
        return Competition.findByIdOptional(id);
    }
}
