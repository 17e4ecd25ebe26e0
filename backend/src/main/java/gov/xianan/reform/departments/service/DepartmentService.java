package gov.xianan.reform.departments.service;

import java.util.List;
import java.util.Optional;

import gov.xianan.reform.common.api.Versions;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.service.EntityHistory;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentCreateRequest;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentResponse;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentUpdateRequest;
import gov.xianan.reform.departments.mapping.DepartmentMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Departments as reference data: everyone reads them, the admin maintains them. */
@ApplicationScoped
public class DepartmentService {

    @Inject
    EntityHistory history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentResponse> list() {
        return Department.<Department>findAll(Sort.ascending("sortOrder", "code")).stream()
                .map(DepartmentMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentResponse> find(String code) {
        return byCode(code).map(DepartmentMapper::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Department> byCode(String code) {
        return Department.byCode(code);
    }

    @Transactional
    public DepartmentResponse create(@Valid DepartmentCreateRequest request) {
        if (byCode(request.code()).isPresent()) {
            throw new ProblemException(409, "/problems/duplicate",
                    "部门编码已存在: " + request.code(),
                    List.of(new Problem.FieldError("code", "部门编码已存在")));
        }
        Department d = DepartmentMapper.toEntity(request);
        d.persistAndFlush();
        return DepartmentMapper.toResponse(d);
    }

    @Transactional
    public DepartmentResponse update(String code, @Valid DepartmentUpdateRequest request, String ifMatch) {
        Department d = byCode(code).orElseThrow(() -> ProblemException.notFound("部门不存在: " + code));
        Versions.checkIfMatch(ifMatch, d.version);
        if (d.version != request.version()) {
            throw ProblemException.staleVersion("该部门已被他人修改(当前版本 " + d.version + ",提交版本 " + request.version() + "),请刷新后重试");
        }
        DepartmentMapper.apply(request, d);
        d.persistAndFlush();
        return DepartmentMapper.toResponse(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String code) {
        Department d = byCode(code).orElseThrow(() -> ProblemException.notFound("部门不存在: " + code));
        return history.of(Department.class, d.id, DepartmentMapper::snapshot);
    }
}
