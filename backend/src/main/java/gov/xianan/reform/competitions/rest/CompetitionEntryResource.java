package gov.xianan.reform.competitions.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.BatchRegistrationRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.BatchRegistrationResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ParticipantRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ParticipantResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ResultRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ResultResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ReviewRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoreSheetRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoreSheetResponse;
import gov.xianan.reform.competitions.service.JudgingService;
import gov.xianan.reform.competitions.service.ParticipantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Participants, enterprise results, judges and score sheets of a competition. */
@Path("/api/v1")
@Tag(name = "competitions", description = "劳动竞赛与技能竞赛 / labour competitions and skill contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitionEntryResource {

    @Inject
    ParticipantService participants;

    @Inject
    JudgingService judging;

    @GET
    @Path("/competitions/{id}/participants")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Participants / 参赛者", description = "In registration order; filter status (PENDING, ACCEPTED, REFUSED).")
    public List<ParticipantResponse> list(@PathParam("id") long id,
            @QueryParam("status") @Pattern(regexp = "^(PENDING|ACCEPTED|REFUSED)$", message = "status 只能是 PENDING、ACCEPTED 或 REFUSED") String status) {
        return participants.list(id, status);
    }

    @POST
    @Path("/competitions/{id}/participants")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Register one participant / 报名", description = "A worker (contests, drills) or an enterprise (labour competitions), checked "
            + "against the registry; an ineligible one is 409 `/problems/ineligible` with every reason, and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Registered (PENDING review)", content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    public RestResponse<ParticipantResponse> register(@PathParam("id") long id, @NotNull @Valid ParticipantRequest request, @Context UriInfo uri) {
        ParticipantResponse created = participants.register(id, request);
        return RestResponse.ResponseBuilder.<ParticipantResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/competitions/{id}/participants/batch")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Register a list of workers / 企业集体报名", description = "Each worker checked on its own; the eligible ones are stored, "
            + "the others answered with their reasons. `dryRun=true` only checks (nothing stored).")
    public BatchRegistrationResponse registerAll(@PathParam("id") long id, @QueryParam("dryRun") @Pattern(regexp = "^(true|false)$", message = "dryRun 只能是 true 或 false") String dryRun,
            @NotNull @Valid BatchRegistrationRequest request) {
        return participants.registerAll(id, request, "true".equals(dryRun));
    }

    @POST
    @Path("/competitions/{id}/participants/{participantId}/review")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Review a registration / 资格审核", description = "ACCEPTED or REFUSED (with a reason), before scoring starts.")
    public ParticipantResponse review(@PathParam("id") long id, @PathParam("participantId") long participantId, @NotNull @Valid ReviewRequest request) {
        return participants.review(id, participantId, request);
    }

    @GET
    @Path("/competitions/{id}/results")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Enterprise results / 企业竞赛成果", description = "Results reported in a labour competition.")
    public List<ResultResponse> results(@PathParam("id") long id) {
        return participants.results(id);
    }

    @POST
    @Path("/competitions/{id}/results")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Record an enterprise result / 登记企业成果", description = "Measure, value and unit, before publication.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    public RestResponse<ResultResponse> report(@PathParam("id") long id, @NotNull @Valid ResultRequest request, @Context UriInfo uri) {
        ResultResponse created = participants.report(id, request);
        return RestResponse.ResponseBuilder.<ResultResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/competitions/{id}/judges")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Judges / 评委")
    public List<JudgeResponse> judges(@PathParam("id") long id) {
        return judging.judges(id);
    }

    @POST
    @Path("/competitions/{id}/judges")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Add a judge / 添加评委", description = "Before scoring starts (then the list is locked: 409).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = JudgeResponse.class)))
    public RestResponse<JudgeResponse> addJudge(@PathParam("id") long id, @NotNull @Valid JudgeRequest request, @Context UriInfo uri) {
        JudgeResponse created = judging.addJudge(id, request);
        return RestResponse.ResponseBuilder.<JudgeResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("/competitions/{id}/judges/{judgeId}")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Remove a judge / 移除评委", description = "Before scoring starts; the `version` query parameter (the judge's, as read) is "
            + "required (missing → 400, stale → 409).")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeJudge(@PathParam("id") long id, @PathParam("judgeId") long judgeId,
            @QueryParam("version") @Parameter(required = true, description = "The judge's version as read")
            @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String version) {
        judging.removeJudge(id, judgeId, version == null ? null : Long.valueOf(version));
    }

    @GET
    @Path("/competitions/{id}/scores")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Score sheets / 评分表", description = "All sheets for the organiser and the lead unit; a judge sees their own. Filters judgeId, participantId.")
    public List<ScoreSheetResponse> sheets(@PathParam("id") long id,
            @QueryParam("judgeId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String judgeId,
            @QueryParam("participantId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String participantId) {
        return judging.sheets(id, judgeId == null ? null : Long.valueOf(judgeId), participantId == null ? null : Long.valueOf(participantId));
    }

    @PUT
    @Path("/competitions/{id}/scores/{judgeId}/{participantId}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Save a judge's sheet / 保存评分", description = "Idempotent upsert of the given items (0–100, two decimals) during SCORING; "
            + "only by that judge (username on the judge list) or the organiser. A judge from the contestant's enterprise is refused (409). "
            + "Each mark carries the version read (0 for an unmarked item): a mark changed since is 409, a mark sent again unchanged is no conflict.")
    public ScoreSheetResponse saveSheet(@PathParam("id") long id, @PathParam("judgeId") long judgeId, @PathParam("participantId") long participantId,
            @NotNull @Valid ScoreSheetRequest request) {
        return judging.saveSheet(id, judgeId, participantId, request);
    }
}
