package gov.xianan.reform.reports.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.reports.AnnualReview;
import gov.xianan.reform.reports.service.AnnualReviewRenderer;
import gov.xianan.reform.reports.service.AnnualReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/reports/annual-review")
@Tag(name = "reports", description = "工作巡礼 / the annual review")
public class AnnualReviewResource {

    @Inject
    AnnualReviewService service;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.LEAD, Roles.STAFF, Roles.ADMIN })
    @Produces({ "text/html", AnnualReviewRenderer.DOCX, "application/problem+json" })
    @Operation(summary = "Draft the annual review / 生成工作巡礼", description = "The year's review in the district's structure and tone: the workforce "
            + "section from the registry's statistics as of 31 December, the honours of the year, the lead unit's work, one section per department "
            + "from its tasks and reports. format=html (preview, default) or docx (Word, for editing). The lead unit and admin get the whole "
            + "review; any other department's staff the statistics section and their own department's section only.")
    @APIResponse(responseCode = "200", description = "The review", content = { @Content(mediaType = "text/html"),
            @Content(mediaType = AnnualReviewRenderer.DOCX) })
    public Response review(@QueryParam("year") @Pattern(regexp = "^(20\\d{2}|2100)$", message = "{xianan.year.pattern}") String year,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx", message = "{xianan.enum.values}") String format) {
        int y = year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year);
        AnnualReview review = service.draft(y);
        if (format.equals("docx")) {
            String name = "工作巡礼-" + y + ".docx";
            return Response.ok(AnnualReviewRenderer.docx(review)).type(AnnualReviewRenderer.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"annual-review-" + y + ".docx\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .build();
        }
        // a preview of escaped text: no scripts, no outside resources
        return Response.ok(AnnualReviewRenderer.html(review)).type("text/html; charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
