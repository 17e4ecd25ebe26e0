package gov.xianan.reform.registry.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.Gender;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.SkillLevel.SkillTier;
import gov.xianan.reform.registry.validation.Phones;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the workers API. */
public final class WorkerDtos {

    private WorkerDtos() {
    }

    @Schema(name = "WorkerRequest", description = "产业工人 / a worker to create or change")
    public record WorkerRequest(
            @NotBlank @Size(max = 18) @Schema(description = "公民身份号码 (GB 11643-1999)", examples = "421202199001011234") String idNumber,
            @NotBlank @Size(max = 50) @Schema(examples = "王晓霞") String name,
            @Schema(description = "Optional: checked against the ID number; derived when absent") Gender gender,
            @Schema(description = "Optional: checked against the ID number; derived when absent") LocalDate birthDate,
            @NotNull Education education,
            @NotNull @DecimalMin("0.00") @DecimalMax("9999999.99") @Digits(integer = 7, fraction = 2)
            @Schema(description = "Monthly wage in yuan", examples = "4200.00") BigDecimal monthlyWage,
            @NotNull SkillLevel skillLevel,
            @Size(max = 100) @Schema(examples = "钳工") String occupation,
            @NotNull @Schema(description = "Agricultural hukou: a migrant worker (农民工)") Boolean agriculturalHukou,
            @NotNull @Schema(description = "From outside the district (外来)") Boolean fromOutside,
            @NotNull Boolean unionMember,
            @NotNull Boolean partyMember,
            @Size(max = 20) @Pattern(regexp = Phones.PATTERN, message = "{xianan.phone.pattern}") String phone,
            @Schema(description = "Current employer; a change is a transfer") Long enterpriseId,
            @Schema(description = "When the current employment started (or the transfer takes effect); default today") LocalDate employedSince,
            @Schema(description = "Required on update: the version read (stale → 409)") Long version) {
    }

    @Schema(name = "EnterpriseRef")
    public record EnterpriseRef(long id, String name, String industryCode, String industryName, boolean inDevZone) {
    }

    @Schema(name = "Worker", description = "产业工人 / worker; personal data masked unless the caller holds pii-reader")
    public record WorkerResponse(
            long id,
            @Schema(description = "ID number, masked (421202********1234) unless pii-reader") String idNumber,
            @Schema(description = "Whether idNumber and phone are masked") boolean masked,
            String name,
            Gender gender,
            @Schema(description = "Birth date; only for pii-reader (else null, see ageBand)") @Nullable LocalDate birthDate,
            @Schema(description = "Age in whole years; only for pii-reader (else null, see ageBand)") @Nullable Integer age,
            @Schema(description = "Age band (30岁以下, 30—40岁, 40—50岁, 50岁以上), shown to every caller") AgeBandRef ageBand,
            Education education,
            BigDecimal monthlyWage,
            SkillLevel skillLevel,
            SkillTier skillTier,
            @Nullable String occupation,
            boolean agriculturalHukou,
            @Schema(description = "农民工: agricultural hukou") boolean migrant,
            boolean fromOutside,
            boolean unionMember,
            boolean partyMember,
            @Schema(description = "入党日期: when the worker joined the party (set by a party-member development record), if known") @Nullable LocalDate partyJoinedOn,
            @Schema(description = "Phone, masked (138****5678) unless pii-reader") @Nullable String phone,
            @Nullable EnterpriseRef enterprise,
            boolean demo,
            long version,
            Instant updatedAt) {
    }

    @Schema(name = "AgeBandRef", description = "年龄段 / an age band: the key of the ageBand filter and its label")
    public record AgeBandRef(@Schema(examples = "FROM_30_TO_40") String key, @Schema(examples = "30—40岁") String label) {
    }

    @Schema(name = "WorkerLookupItem", description = "工人查询结果 / the minimum a department needs to pick a person: "
            + "name, masked ID number, employer, skill level and the hints that eligibility rules read")
    public record WorkerLookupItem(
            long id,
            String name,
            @Schema(description = "ID number, always masked (421202********1234)") String idNumber,
            @Schema(description = "Current employer (id and name)") @Nullable LookupEnterprise enterprise,
            SkillLevel skillLevel,
            @Schema(examples = "中级工") String skillLevelLabel,
            @Schema(description = "农民工 (agricultural hukou): the migrant uplift of subsidy rules") boolean migrant,
            @Schema(description = "Age band for age rules; the exact age is never shown here") AgeBandRef ageBand) {
    }

    @Schema(name = "WorkerLookupEnterprise")
    public record LookupEnterprise(long id, String name) {
    }

    @Schema(name = "Employment", description = "任职经历 / an employment")
    public record EmploymentResponse(long id, EnterpriseRef enterprise, LocalDate startDate, @Nullable LocalDate endDate, boolean current) {
    }
}
