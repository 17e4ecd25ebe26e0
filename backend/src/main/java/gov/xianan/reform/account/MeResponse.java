package gov.xianan.reform.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.departments.RegistryScope;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentResponse;
import gov.xianan.reform.subsidies.SubsidyApplicationScope;
import jakarta.annotation.Nullable;

/** The caller as the API sees them. */
@Schema(name = "Me", description = "当前用户 / the current caller")
public record MeResponse(
        @Schema(description = "Login name, or service-account-<client> for systems", examples = "federation-lead") String username,
        @Schema(description = "Name to show", examples = "陈振中") String displayName,
        @Schema(description = "The caller's department; null for callers without one (analysts, data-platform)") @Nullable DepartmentSummary department,
        @Schema(description = "Functional roles held", examples = "[\"lead\",\"staff\"]") List<String> roles,
        @Schema(description = "OAuth client the token was issued to", examples = "spa") @Nullable String clientId,
        @Schema(description = "True for another government system calling with client credentials") boolean serviceAccount,
        @Schema(description = "How much of the workers' registry the caller lists and reads: ALL (the lead unit), DEV_ZONE (the zone's "
                + "enterprises and their workers), LINKED (the lookup and the workers linked to the department's own records); null without "
                + "a registry role") @Nullable RegistryScope registryScope,
        @Schema(description = "Whether the caller may change workers, enterprises and honours (registry editors of the lead unit)") boolean registryEditor,
        @Schema(description = "Which subsidy applications the caller lists: ALL (the lead unit), DEPARTMENT (the funds of the own "
                + "department); null when the list would refuse (no application role, or a department that owns no fund)") @Nullable SubsidyApplicationScope subsidyApplicationScope,
        @Schema(description = "Whether the caller may enter new subsidy applications (staff of a department that owns a fund)") boolean subsidyApplicant) {

    @Schema(name = "DepartmentSummary")
    public record DepartmentSummary(String code, String name, String nameEn, boolean leadUnit) {
        public static DepartmentSummary of(DepartmentResponse d) {
            return new DepartmentSummary(d.code(), d.name(), d.nameEn(), d.leadUnit());
        }
    }
}
