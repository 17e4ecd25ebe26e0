package gov.xianan.reform.departments.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.RegistryScope;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentCreateRequest;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentResponse;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentUpdateRequest;

/** Explicit mapping between the entity and the API's records. */
public final class DepartmentMapper {

    private DepartmentMapper() {
    }

    public static DepartmentResponse toResponse(Department d) {
        return new DepartmentResponse(d.code, d.name, d.nameEn, d.leadUnit, d.registryScope, d.sortOrder, d.version);
    }

    public static Department toEntity(DepartmentCreateRequest r) {
        Department d = new Department();
        d.code = r.code();
        d.name = r.name().strip();
        d.nameEn = r.nameEn().strip();
        d.leadUnit = r.leadUnit();
        d.sortOrder = r.sortOrder();
        d.registryScope = r.registryScope() == null ? RegistryScope.LINKED : r.registryScope();
        return d;
    }

    public static void apply(DepartmentUpdateRequest r, Department d) {
        d.name = r.name().strip();
        d.nameEn = r.nameEn().strip();
        d.leadUnit = r.leadUnit();
        d.sortOrder = r.sortOrder();
        if (r.registryScope() != null) {
            d.registryScope = r.registryScope();
        }
    }

    /** The fields shown in the department's change history. */
    public static Map<String, Object> snapshot(Department d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code);
        m.put("name", d.name);
        m.put("nameEn", d.nameEn);
        m.put("leadUnit", d.leadUnit);
        m.put("registryScope", d.registryScope);
        m.put("sortOrder", d.sortOrder);
        return m;
    }
}
