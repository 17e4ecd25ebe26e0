package gov.xianan.reform.common.api;

import jakarta.annotation.Nullable;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** One page of a list: the API's list shape everywhere. */
public record PageResponse<T>(
        @Schema(description = "The rows of this page") List<T> items,
        @Schema(description = "Rows matching the filters, on all pages") long total,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size asked for (max 200)") int size,
        @Schema(description = "False when total is a lower bound: big lists count up to a cap so that paging stays fast") boolean totalExact,
        @Schema(description = "Keyset paging (lists that take a cursor): pass it as cursor for the next page; null on the last page "
                + "and for lists without keyset paging")
        @Nullable String nextCursor) {

    public PageResponse(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true, null);
    }

    public PageResponse(List<T> items, long total, int page, int size, boolean totalExact) {
        this(items, total, page, size, totalExact, null);
    }
}
