package gov.xianan.reform.competitions.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.api.Versions;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.AwardResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionResolution;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.RankingResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.StageRequest;
import gov.xianan.reform.competitions.service.AwardService;
import gov.xianan.reform.competitions.service.CompetitionService;
import gov.xianan.reform.competitions.service.RankingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Competitions, their stage actions, ranking, awards and objections; scope is decided in the services. */
@Path("/api/v1")
@Tag(name = "competitions", description = "劳动竞赛与技能竞赛 / labour competitions and skill contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitionResource {

    @Inject
    CompetitionService service;

    @Inject
    RankingService ranking;

    @Inject
    AwardService awards;

    @GET
    @Path("/competitions")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "List competitions / 竞赛列表", description = "Own department's competitions, every published or closed one, those the "
            + "caller judges; the lead unit sees all. Filters: kind, field, year, department (code), stage.")
    public PageResponse<CompetitionResponse> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") String kind, @QueryParam("field") String field,
            @QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year,
            @QueryParam("department") @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$", message = "部门代码格式不正确") String department,
            @QueryParam("stage") String stage) {
        return service.list(new CompetitionService.Filter(kind, field, year == null ? null : Integer.valueOf(year), department, stage), page);
    }

    @POST
    @Path("/competitions")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Create a competition / 创建竞赛", description = "For the caller's department, in stage REGISTRATION.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CompetitionResponse.class)))
    public RestResponse<CompetitionResponse> create(@NotNull @Valid CompetitionRequest request, @Context UriInfo uri) {
        CompetitionResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<CompetitionResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/competitions/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Read a competition / 竞赛详情", description = "With `ETag: \"<version>\"`.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CompetitionResponse.class)))
    public RestResponse<CompetitionResponse> get(@PathParam("id") long id) {
        CompetitionResponse c = service.read(id);
        return RestResponse.ResponseBuilder.ok(c).header("ETag", Versions.etag(c.version())).build();
    }

    @GET
    @Path("/competitions/{id}/history")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Competition history / 竞赛修改记录", description = "Who changed the rules or moved the stage, when (Envers).")
    public List<gov.xianan.reform.common.audit.HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @PUT
    @Path("/competitions/{id}")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Change a competition / 修改竞赛", description = "Before scoring starts; carries `version` (stale → 409); optional `If-Match` (mismatch → 412). `items` replaces the scoring items when given.")
    public CompetitionResponse update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CompetitionRequest request) {
        return service.update(id, request, ifMatch);
    }

    @POST
    @Path("/competitions/{id}/stage")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Move to a stage / 变更阶段", description = "Only the next stage (REGISTRATION → REVIEW → SCORING → PUBLICATION → CLOSED); "
            + "anything else is 409 and changes nothing. PUBLICATION fixes ranks and awards; CLOSED (after the publication days, no open objection) "
            + "writes the awards to the registry as honours and skill raises. Carries `version` (required; stale → 409); optional `If-Match` (mismatch → 412).")
    public CompetitionResponse stage(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid StageRequest request) {
        return service.changeStage(id, request.target(), request.version(), ifMatch);
    }

    @POST
    @Path("/competitions/{id}/advance")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Move to the next stage / 进入下一阶段", description = "Same rules as /stage; the `version` query parameter is required "
            + "(missing → 400, stale → 409); optional `If-Match` (mismatch → 412).")
    public CompetitionResponse advance(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") @Parameter(required = true, description = "The competition's version as read")
            @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String version) {
        return service.advance(id, version == null ? null : Long.valueOf(version), ifMatch);
    }

    @GET
    @Path("/competitions/{id}/ranking")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Ranking / 排名", description = "Live from the score sheets, with the stated tie rule; judges' totals and outlier flags for the organiser and the lead unit.")
    public RankingResponse ranking(@PathParam("id") long id) {
        return ranking.ranking(id);
    }

    @GET
    @Path("/competitions/{id}/awards")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Awards / 获奖名单", description = "Fixed at publication by rank band; after closing each carries the registry honour and skill raise it wrote.")
    public List<AwardResponse> awards(@PathParam("id") long id) {
        return awards.awards(id);
    }

    @POST
    @Path("/competitions/{id}/awards/registry-write")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Re-run the registry write / 重新写入名册", description = "Closed competitions only; writes what is missing, never a second honour or raise.")
    public List<AwardResponse> rewrite(@PathParam("id") long id) {
        return awards.rewrite(id);
    }

    @GET
    @Path("/competitions/{id}/objections")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Objections / 异议", description = "Objections recorded during publication and their resolution.")
    public List<ObjectionResponse> objections(@PathParam("id") long id) {
        return awards.objections(id);
    }

    @POST
    @Path("/competitions/{id}/objections")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER })
    @Operation(summary = "Record an objection / 登记异议", description = "Only during the publication period.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ObjectionResponse.class)))
    public RestResponse<ObjectionResponse> object(@PathParam("id") long id, @NotNull @Valid ObjectionRequest request, @Context UriInfo uri) {
        ObjectionResponse created = awards.object(id, request);
        return RestResponse.ResponseBuilder.<ObjectionResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/competitions/{id}/objections/{objectionId}/resolve")
    @RolesAllowed(Roles.COMPETITION_ORGANIZER)
    @Operation(summary = "Resolve an objection / 处理异议", description = "Upheld withdraws the award of the participant it names.")
    public ObjectionResponse resolve(@PathParam("id") long id, @PathParam("objectionId") long objectionId, @NotNull @Valid ObjectionResolution request) {
        return awards.resolve(id, objectionId, request);
    }
}
