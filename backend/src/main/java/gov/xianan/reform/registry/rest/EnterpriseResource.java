package gov.xianan.reform.registry.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.EnterpriseRequest;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.EnterpriseResponse;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.IndustryResponse;
import gov.xianan.reform.registry.service.EnterpriseService;
import gov.xianan.reform.registry.service.Industries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1")
@Tag(name = "registry", description = "工人名册 / workforce registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
public class EnterpriseResource {

    @Inject
    EnterpriseService service;

    @Inject
    Industries industries;

    @GET
    @Path("/industries")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR, Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "The 14 industries / 行业")
    public List<IndustryResponse> industries() {
        return industries.list();
    }

    @GET
    @Path("/enterprises")
    @Operation(summary = "List enterprises / 企业列表", description = "Every department (enterprises are not personal data; pickers need them). "
            + "Filters: q (name contains, or credit code), industry, inDevZone, hasUnion, hasPartyOrg. The contact phone is masked unless pii-reader; "
            + "unmasked reads are logged.")
    public PageResponse<EnterpriseResponse> list(@Valid @BeanParam PageQuery page, @QueryParam("q") String q,
            @QueryParam("industry") String industry,
            @QueryParam("inDevZone") @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}") String inDevZone,
            @QueryParam("hasUnion") @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}") String hasUnion,
            @QueryParam("hasPartyOrg") @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}") String hasPartyOrg) {
        return service.list(page, q, industry, bool(inDevZone), bool(hasUnion), bool(hasPartyOrg));
    }

    @GET
    @Path("/enterprises/{id}")
    @Operation(summary = "Read an enterprise / 企业详情", description = "Contact phone masked unless pii-reader (unmasked reads logged).")
    public EnterpriseResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("企业不存在: " + id));
    }

    @POST
    @Path("/enterprises")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Register an enterprise / 登记企业", description = "Registry editors of the lead unit only (403, logged, for others).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EnterpriseResponse.class)))
    public RestResponse<EnterpriseResponse> create(@NotNull @Valid EnterpriseRequest request, @Context UriInfo uri) {
        EnterpriseResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<EnterpriseResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/enterprises/{id}")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Change an enterprise / 修改企业", description = "Registry editors of the lead unit only (403, logged, for others). "
            + "Carries the version read; a stale one answers 409. A contactPhone sent back masked as read keeps the stored number.")
    public EnterpriseResponse update(@PathParam("id") long id, @NotNull @Valid EnterpriseRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("/enterprises/{id}/history")
    @Operation(summary = "Change history of an enterprise / 修改历史")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }

    static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
