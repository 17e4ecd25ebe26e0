package gov.xianan.reform.subsidies.service;

import java.util.List;
import java.util.Optional;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.SubsidyProgramme;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Programmes and their amount rules; owned by their fund's department. */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    SubsidyScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeResponse> list(Integer year, Long fundId) {
        Sort sort = Sort.descending("year").and("kind").and("id");
        List<SubsidyProgramme> list;
        if (year != null && fundId != null) {
            list = SubsidyProgramme.list("year = ?1 and fund.id = ?2", sort, year, fundId);
        } else if (year != null) {
            list = SubsidyProgramme.list("year", sort, year);
        } else if (fundId != null) {
            list = SubsidyProgramme.list("fund.id", sort, fundId);
        } else {
            list = SubsidyProgramme.listAll(sort);
        }
        return list.stream().map(SubsidyMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeResponse> find(long id) {
        return SubsidyProgramme.<SubsidyProgramme>findByIdOptional(id).map(SubsidyMapper::toResponse);
    }

    @Transactional
    public ProgrammeResponse create(@Valid ProgrammeRequest r) {
        scope.requirePerson("subsidy_programme", null);
        SubsidyFund fund = SubsidyFund.findById(r.fundId());
        if (fund == null) {
            throw ProblemException.invalid("fundId", "资金不存在: " + r.fundId());
        }
        if (!scope.user().hasRole(Roles.ADMIN)) {
            scope.requireOwner(fund, "subsidy_fund", fund.id);
        }
        SubsidyProgramme p = new SubsidyProgramme();
        p.kind = r.kind();
        p.name = r.name().strip();
        p.fund = fund;
        p.year = r.year() == null ? fund.year : r.year();
        p.amountPerTrainee = r.amountPerTrainee().setScale(2);
        p.migrantUpliftPercent = r.migrantUpliftPercent() == null ? null : r.migrantUpliftPercent().setScale(2);
        p.description = r.description();
        if (r.levelAmounts() != null) {
            r.levelAmounts().forEach((level, amount) -> p.levelAmounts.put(level, amount.setScale(2)));
        }
        p.persistAndFlush();
        return SubsidyMapper.toResponse(p);
    }
}
