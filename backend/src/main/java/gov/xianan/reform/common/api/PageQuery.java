package gov.xianan.reform.common.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.xianan.reform.common.error.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging and sorting query parameters every list takes: {@code page}, {@code size}, {@code sort}. */
public class PageQuery {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "^\\d{1,7}$", message = "{xianan.page.pattern}")
    @Parameter(description = "Zero-based page number", example = "0")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "^\\d{1,3}$", message = "{xianan.size.range}")
    @Min(value = 1, message = "{xianan.size.range}")
    @Max(value = MAX_SIZE, message = "{xianan.size.range}")
    @Parameter(description = "Rows per page, 1–200", example = "20")
    public String size;

    /** The zero-based page number (validated digits; query parameters stay strings so a typo is a 400, not a 404). */
    public int pageNumber() {
        return Integer.parseInt(page);
    }

    public int pageSize() {
        return Integer.parseInt(size);
    }

    @QueryParam("sort")
    @Pattern(regexp = "^-?[a-zA-Z]{1,40}$", message = "{xianan.sort.pattern}")
    @Parameter(description = "Field to sort by; a leading '-' sorts descending", example = "-name")
    public String sort;

    /**
     * The Panache sort for this query. {@code allowed} maps API field names to entity attributes,
     * so a caller can never sort by a column that is not meant to be visible.
     */
    public Sort toSort(Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String column = allowed.get(field);
        if (column == null) {
            throw ProblemException.invalid("sort", "不支持按此字段排序: " + field + " (" + String.join(", ", allowed.keySet()) + ")");
        }
        return descending ? Sort.descending(column) : Sort.ascending(column);
    }
}
