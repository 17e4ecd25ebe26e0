package gov.xianan.reform.dictionaries;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The dictionary's wire formats. */
public final class DictionaryDtos {

    private DictionaryDtos() {
    }

    @Schema(name = "DictionaryItem", description = "字典项 / one coded value with its labels")
    public record DictionaryItemResponse(
            @Schema(examples = "17") long id,
            @Schema(examples = "industry") String kind,
            @Schema(examples = "biomedicine") String code,
            @Schema(examples = "生物医药") String labelZh,
            @Schema(examples = "Biomedicine") String labelEn,
            @Schema(examples = "60") int sortOrder,
            @Schema(description = "Inactive items still name old records but are no longer offered") boolean active,
            @Schema(description = "The code switches on it: it cannot be deactivated") boolean behavioural,
            @Schema(examples = "0") long version) {
        public static DictionaryItemResponse of(DictionaryItem i) {
            return new DictionaryItemResponse(i.id, i.kind, i.code, i.labelZh, i.labelEn, i.sortOrder, i.active, i.behavioural, i.version);
        }
    }

    @Schema(name = "Dictionary", description = "字典 / one kind of coded value with its items in display order")
    public record DictionaryResponse(
            @Schema(examples = "industry") String kind,
            @Schema(examples = "行业") String labelZh,
            @Schema(examples = "Industry") String labelEn,
            @Schema(description = "New codes may be added (industries, client systems…); closed kinds mirror the code's enums") boolean open,
            List<DictionaryItemResponse> items) {
    }

    @Schema(name = "Dictionaries", description = "Every dictionary, for the web app's labels")
    public record DictionariesResponse(List<DictionaryResponse> kinds) {
    }

    @Schema(name = "DictionaryItemCreate")
    public record DictionaryItemCreateRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_:.-]{0,63}$", message = "编码只能包含字母、数字和 _ : . -") @Schema(examples = "new-energy") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "新能源") String labelZh,
            @NotBlank @Size(max = 200) @Schema(examples = "New energy") String labelEn,
            @Min(0) @Max(100000) @Schema(examples = "150") Integer sortOrder) {
    }

    @Schema(name = "DictionaryItemUpdate", description = "Labels, order and active; the code and kind never change")
    public record DictionaryItemUpdateRequest(
            @NotBlank @Size(max = 100) String labelZh,
            @NotBlank @Size(max = 200) String labelEn,
            @NotNull @Min(0) @Max(100000) Integer sortOrder,
            @NotNull Boolean active,
            @NotNull @Schema(description = "The version read") Long version) {
    }
}
