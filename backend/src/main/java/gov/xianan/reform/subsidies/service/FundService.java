package gov.xianan.reform.subsidies.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.subsidies.FundAdjustment;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.BudgetAdjustmentRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.BudgetAdjustmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Funds and their live figures. Every staff member may see fund summaries (the money is public
 * within the programme); only an approver of the owning department (or admin) creates funds and
 * changes budgets, and a budget never drops below what is committed and paid.
 */
@ApplicationScoped
public class FundService {

    @Inject
    SubsidyScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundResponse> list(Integer year) {
        Sort sort = Sort.descending("year").and("source").and("id");
        List<SubsidyFund> funds = year == null ? SubsidyFund.listAll(sort) : SubsidyFund.list("year", sort, year);
        return funds.stream().map(SubsidyMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FundResponse> find(long id) {
        return SubsidyFund.<SubsidyFund>findByIdOptional(id).map(SubsidyMapper::toResponse);
    }

    @Transactional
    public FundResponse create(@Valid FundRequest r) {
        scope.requirePerson("subsidy_fund", null);
        String department = r.departmentCode() == null || r.departmentCode().isBlank()
                ? scope.department().orElseThrow(() -> ProblemException.invalid("departmentCode", "请指定资金所属部门"))
                : r.departmentCode().strip();
        if (Department.byCode(department).isEmpty()) {
            throw ProblemException.invalid("departmentCode", "部门不存在: " + department);
        }
        boolean own = scope.department().map(department::equals).orElse(false);
        if (!own && !scope.user().hasRole(Roles.ADMIN)) {
            throw scope.denied("subsidy_fund", null, "create a fund for department " + department);
        }
        if (SubsidyFund.count("year = ?1 and name = ?2", r.year(), r.name().strip()) > 0) {
            throw new ProblemException(409, "/problems/conflict", "同一年度已有同名资金: " + r.name().strip(),
                    List.of(new gov.xianan.reform.common.error.Problem.FieldError("name", "同一年度已有同名资金")));
        }
        SubsidyFund f = new SubsidyFund();
        f.year = r.year();
        f.source = r.source();
        f.name = r.name().strip();
        f.budget = r.budget().setScale(2);
        f.departmentCode = department;
        f.persistAndFlush();
        return SubsidyMapper.toResponse(f);
    }

    /** Locks the fund row so that no approval can slip between the check and the change. */
    @Transactional
    public FundResponse adjustBudget(long id, @Valid BudgetAdjustmentRequest r) {
        SubsidyFund f = SubsidyFund.<SubsidyFund>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("资金不存在: " + id));
        scope.requireOwner(f, "subsidy_fund", id);
        scope.requirePerson("subsidy_fund", id);
        if (r.version() != f.version) {
            throw ProblemException.staleVersion("该资金已被修改(当前版本 " + f.version + "),请刷新后重试");
        }
        var floor = f.figures().floor();
        if (!f.figures().allowsBudget(r.budget())) {
            throw new ProblemException(409, "/problems/budget-below-commitments",
                    "预算不能低于已承诺与已发放之和 " + floor.toPlainString() + " 元(已承诺 " + f.committed.toPlainString() + " 元,已发放 "
                            + f.disbursed.toPlainString() + " 元)",
                    List.of(new gov.xianan.reform.common.error.Problem.FieldError("budget", "不能低于 " + floor.toPlainString())));
        }
        Actor actor = Actor.current();
        FundAdjustment a = new FundAdjustment();
        a.fund = f;
        a.actor = actor.username();
        a.actorName = actor.name();
        a.department = actor.department();
        a.clientId = actor.clientId();
        a.adjustedAt = Instant.now();
        a.oldBudget = f.budget;
        a.newBudget = r.budget().setScale(2);
        a.reason = r.reason().strip();
        a.persist();
        f.budget = a.newBudget;
        Panache.getEntityManager().flush();
        return SubsidyMapper.toResponse(f);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetAdjustmentResponse> adjustments(long id) {
        if (SubsidyFund.findById(id) == null) {
            throw ProblemException.notFound("资金不存在: " + id);
        }
        return FundAdjustment.<FundAdjustment>list("fund.id", Sort.descending("adjustedAt").and("id", Sort.Direction.Descending), id)
                .stream().map(SubsidyMapper::toResponse).toList();
    }
}
