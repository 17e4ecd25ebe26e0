package gov.xianan.reform.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentResponse;

/** The caller as the API sees them. */
@Schema(name = "Me", description = "当前用户 / the current caller")
public record MeResponse(
        @Schema(description = "Login name, or service-account-<client> for systems", examples = "federation-lead") String username,
        @Schema(description = "Name to show", examples = "陈振中") String displayName,
        @Schema(description = "The caller's department; null for callers without one (analysts, data-platform)") DepartmentSummary department,
        @Schema(description = "Functional roles held", examples = "[\"lead\",\"staff\"]") List<String> roles,
        @Schema(description = "OAuth client the token was issued to", examples = "spa") String clientId,
        @Schema(description = "True for another government system calling with client credentials") boolean serviceAccount) {

    @Schema(name = "DepartmentSummary")
    public record DepartmentSummary(String code, String name, String nameEn, boolean leadUnit) {
        public static DepartmentSummary of(DepartmentResponse d) {
            return new DepartmentSummary(d.code(), d.name(), d.nameEn(), d.leadUnit());
        }
    }
}
