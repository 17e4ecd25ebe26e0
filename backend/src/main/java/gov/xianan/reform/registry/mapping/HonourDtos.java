package gov.xianan.reform.registry.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.registry.AwardLevel;
import gov.xianan.reform.registry.HonourCategory;
import gov.xianan.reform.registry.HonourKind;
import gov.xianan.reform.registry.PostType;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the honours and political posts API. */
public final class HonourDtos {

    private HonourDtos() {
    }

    @Schema(name = "HonourRequest", description = "荣誉 / an honour: individual (workerId) or collective (enterpriseId, teamName, memberIds)")
    public record HonourRequest(
            @NotNull HonourKind kind,
            @NotNull HonourCategory category,
            @NotBlank @Size(max = 100) @Schema(examples = "全国劳动模范") String title,
            @NotNull AwardLevel level,
            @NotNull @Min(1949) @Max(2100) Integer year,
            LocalDate awardedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "中共中央、国务院") String issuer,
            Long workerId,
            Long enterpriseId,
            @Size(max = 100) @Schema(examples = "技术胶甲班") String teamName,
            @Size(max = 500) List<@NotNull Long> memberIds,
            @Size(max = 5000) @Schema(description = "事迹: what the worker or team did (citation)") String citation,
            @Schema(description = "Required on update") Long version) {
    }

    @Schema(name = "HonourMember")
    public record MemberRef(long id, String name) {
    }

    @Schema(name = "Honour", description = "荣誉 / honour")
    public record HonourResponse(long id, HonourKind kind, HonourCategory category, String title, AwardLevel level, int year,
            @Nullable LocalDate awardedOn, String issuer, @Nullable MemberRef worker, @Nullable WorkerDtos.EnterpriseRef enterprise, @Nullable String teamName,
            List<MemberRef> members, @Nullable String source,
            @Schema(description = "事迹: what the worker or team did (citation)") @Nullable String citation, boolean demo, long version) {
    }

    @Schema(name = "PoliticalPostRequest", description = "政治职务 / a political post held by a worker")
    public record PoliticalPostRequest(
            @NotNull Long workerId,
            @NotNull PostType post,
            @NotBlank @Size(max = 200) @Schema(examples = "中国共产党咸安区第五次代表大会代表") String title,
            @NotNull AwardLevel level,
            @NotNull @Min(1949) @Max(2100) Integer year,
            @NotBlank @Size(max = 200) String issuer) {
    }

    @Schema(name = "PoliticalPost")
    public record PoliticalPostResponse(long id, MemberRef worker, PostType post, String title, AwardLevel level, int year,
            String issuer) {
    }
}
