package gov.xianan.reform.departments.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.departments.RegistryScope;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the departments API. */
public final class DepartmentDtos {

    private DepartmentDtos() {
    }

    @Schema(name = "Department", description = "成员单位 / member department")
    public record DepartmentResponse(
            @Schema(description = "Stable code, the token's department claim", examples = "hrss") String code,
            @Schema(description = "Chinese name", examples = "区人社局") String name,
            @Schema(description = "English name", examples = "Human Resources and Social Security Bureau") String nameEn,
            @Schema(description = "Whether this is the lead unit (牵头单位)") boolean leadUnit,
            @Schema(description = "How much of the workers' registry the staff read: ALL, DEV_ZONE (the zone's enterprises and their workers) or LINKED (lookup and linked workers only)") RegistryScope registryScope,
            @Schema(description = "Display order") int sortOrder,
            @Schema(description = "Optimistic-lock version; send it back on update") long version) {
    }

    @Schema(name = "DepartmentCreate", description = "新增成员单位 / a new member department")
    public record DepartmentCreateRequest(
            @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$", message = "{xianan.code.pattern}")
            @Schema(examples = "finance") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "区财政局") String name,
            @NotBlank @Size(max = 200) @Schema(examples = "Finance Bureau") String nameEn,
            @NotNull @Schema(examples = "false") Boolean leadUnit,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "80") Integer sortOrder,
            @Schema(description = "Registry scope; LINKED (the narrowest) when absent") RegistryScope registryScope) {
    }

    @Schema(name = "DepartmentUpdate", description = "修改成员单位 / change a member department")
    public record DepartmentUpdateRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull Boolean leadUnit,
            @NotNull @Min(0) @Max(100000) Integer sortOrder,
            @NotNull @Min(0) @Schema(description = "The version read; a stale one answers 409") Long version,
            @Schema(description = "Registry scope; unchanged when absent") RegistryScope registryScope) {
    }
}
