package gov.xianan.reform.registry.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.registry.EnterpriseSize;
import gov.xianan.reform.registry.Ownership;
import gov.xianan.reform.registry.validation.Phones;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the enterprises API. */
public final class EnterpriseDtos {

    private EnterpriseDtos() {
    }

    @Schema(name = "EnterpriseRequest", description = "企业 / an enterprise to create or change")
    public record EnterpriseRequest(
            @NotBlank @Size(max = 18) @Schema(description = "统一社会信用代码 (GB 32100-2015)", examples = "91421202MA4901234X") String creditCode,
            @NotBlank @Size(max = 200) @Schema(examples = "三得利有限公司") String name,
            @NotBlank @Size(max = 32) @Schema(description = "Industry code, see GET /api/v1/industries", examples = "biomedicine") String industryCode,
            @NotNull Ownership ownership,
            @NotNull EnterpriseSize size,
            @NotNull Boolean inDevZone,
            @NotNull Boolean hasUnion,
            @NotNull Boolean hasPartyOrg,
            @Size(max = 300) String address,
            @Size(max = 50) String contactPerson,
            @Size(max = 20) @Pattern(regexp = Phones.PATTERN_OR_MASKED, message = "{xianan.phone.pattern}")
            @Schema(description = "Contact phone; on update the masked value as read (138****5678) keeps the stored number") String contactPhone,
            @Schema(description = "Required on update: the version read (stale → 409)") Long version) {
    }

    @Schema(name = "Enterprise", description = "企业 / enterprise")
    public record EnterpriseResponse(
            long id,
            String creditCode,
            String name,
            String industryCode,
            @Schema(description = "Industry name in Chinese", examples = "生物医药") String industryName,
            Ownership ownership,
            EnterpriseSize size,
            boolean inDevZone,
            boolean hasUnion,
            boolean hasPartyOrg,
            @Nullable String address,
            @Nullable String contactPerson,
            @Schema(description = "Contact phone, masked (138****5678) unless pii-reader; unmasked reads are logged") @Nullable String contactPhone,
            @Schema(description = "Whether contactPhone is masked") boolean contactPhoneMasked,
            @Schema(description = "Workers currently employed") long workerCount,
            @Schema(description = "Generated demo data") boolean demo,
            long version,
            Instant updatedAt) {
    }

    @Schema(name = "Industry", description = "行业 / one of the 14 industries")
    public record IndustryResponse(String code, String name, String nameEn) {
    }
}
