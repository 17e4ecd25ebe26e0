package gov.xianan.reform.reports.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.reports.AnnualReview;
import gov.xianan.reform.reports.service.AnnualReviewRenderer;
import gov.xianan.reform.reports.service.AnnualReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/reports/annual-review")
@Tag(name = "reports", description = "工作巡礼 / the annual review")
public class AnnualReviewResource {

    @Inject
    AnnualReviewService service;

    @Inject
    ExportAudit exports;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.LEAD, Roles.STAFF, Roles.ADMIN })
    @Produces({ "text/html", MediaType.APPLICATION_JSON, AnnualReviewRenderer.DOCX, "application/problem+json" })
    @Operation(summary = "Draft the annual review / 生成工作巡礼", description = "The year's review regenerated from the records, in the district's "
            + "structure and tone: the workforce section from the registry as of 31 December of the year (employment, ages and party membership by "
            + "date), the party members developed in the last three years and the delegates, the honours of the year; the lead unit's work (tasks, "
            + "supervision, competitions, union demo sites, visits); one section per member department from its department records and tasks "
            + "(a record type without records reads 本年度无记录); the funds, competitions and honours of the year. Every sentence carries its "
            + "sources (record type and ids, or the query in words) and every figure is listed by key. The form follows `Accept` (or `format`, "
            + "which wins): `application/json` the document with provenance, `text/html` (default) the preview, "
            + "`application/vnd.openxmlformats-officedocument.wordprocessingml.document` (format=docx) Word for editing, audited as an export. "
            + "The lead unit and admin get the whole review; any other department's staff the statistics section and their own department's "
            + "section only.")
    @APIResponse(responseCode = "200", description = "The review", content = { @Content(mediaType = "text/html"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReview.class)),
            @Content(mediaType = AnnualReviewRenderer.DOCX) })
    public Response review(@QueryParam("year") @Pattern(regexp = "^(20\\d{2}|2100)$", message = "{xianan.year.pattern}") String year,
            @QueryParam("format") @Pattern(regexp = "html|docx|json", message = "{xianan.enum.values}") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        int y = year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year);
        String form = format != null ? format : form(accept);
        AnnualReview review = service.draft(y);
        if (form.equals("json")) {
            return Response.ok(review, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (form.equals("docx")) {
            String name = "工作巡礼-" + y + ".docx";
            long sentences = review.sections().stream().flatMap(s -> s.paragraphs().stream()).mapToLong(p -> p.sentences().size()).sum();
            ExportAudit.Started started = exports.start("annual-review", y, "docx", true, "year=" + y + ", sections=" + review.sections().size());
            byte[] bytes;
            try {
                bytes = AnnualReviewRenderer.docx(review);
            } catch (RuntimeException e) {
                exports.aborted(started, 0, e); // the audit trail says the export did not happen
                throw e;
            }
            exports.finished(started, sentences);
            return Response.ok(bytes).type(AnnualReviewRenderer.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"annual-review-" + y + ".docx\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .build();
        }
        // a preview of escaped text: no scripts, no outside resources
        return Response.ok(AnnualReviewRenderer.html(review)).type("text/html; charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The form an Accept header asks for: Word or JSON when named, the HTML preview otherwise (*&#47;* included). */
    static String form(String accept) {
        if (accept == null) {
            return "html";
        }
        if (accept.contains(AnnualReviewRenderer.DOCX)) {
            return "docx";
        }
        if (accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/html")) {
            return "json";
        }
        return "html";
    }
}
