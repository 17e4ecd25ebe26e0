package gov.xianan.reform.subsidies.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.files.FileDownloads;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DisbursementRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.EventResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.TransitionRequest;
import gov.xianan.reform.subsidies.service.ApplicationService;
import gov.xianan.reform.subsidies.service.ApplicationWorkflowService;
import gov.xianan.reform.subsidies.service.AttachmentService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Subsidy applications and their workflow: each step is a POST on the application carrying the
 * version the caller read. Scope (the fund's department, the lead unit reads all, a service account
 * only its own) is decided in the service.
 */
@Path("/api/v1/subsidy-applications")
@Tag(name = "subsidies", description = "培训补贴 / training subsidies (职业培训补贴, 以工代训)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubsidyApplicationResource {

    @Inject
    ApplicationService service;

    @Inject
    ApplicationWorkflowService workflow;

    @Inject
    AttachmentService attachments;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER })
    @Operation(summary = "List applications / 补贴申请列表", description = "Filters: state, programmeId, enterpriseId, year (programme year). "
            + "Sort: id, createdAt, updatedAt, amount, trainingStart, state. Staff of a department without subsidy funds get 403.")
    public PageResponse<ApplicationResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("state") @Parameter(description = "DRAFT, SUBMITTED, REVIEWED, APPROVED, REJECTED, DISBURSED") String state,
            @QueryParam("programmeId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String programmeId,
            @QueryParam("enterpriseId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String enterpriseId,
            @QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return service.list(page, state, programmeId == null ? null : Long.valueOf(programmeId),
                enterpriseId == null ? null : Long.valueOf(enterpriseId), year == null ? null : Integer.valueOf(year));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Enter an application / 新建补贴申请", description = "A draft for an enterprise under a programme of the own department; the amount is computed "
            + "from the programme's rule. With an Idempotency-Key header, a retried POST by the same caller answers the first application (200) and creates nothing.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier POST with the same Idempotency-Key", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public RestResponse<ApplicationResponse> create(@NotNull @Valid ApplicationRequest request,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Client-chosen key (≤ 100 characters) making a retried POST safe") String idempotencyKey,
            @Context UriInfo uri) {
        ApplicationService.Created result = service.create(request, idempotencyKey);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(result.application().id())).build();
        if (!result.created()) {
            return RestResponse.ResponseBuilder.<ApplicationResponse>ok(result.application()).location(location).build();
        }
        return RestResponse.ResponseBuilder.<ApplicationResponse>created(location).entity(result.application()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER })
    @Operation(summary = "Read an application / 补贴申请详情")
    public ApplicationResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Change a draft / 修改草稿", description = "Only while the application is a draft; carries version.")
    public ApplicationResponse update(@PathParam("id") long id, @NotNull @Valid ApplicationRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER })
    @Operation(summary = "Timeline of an application / 办理记录", description = "Every step: action, from and to state, who, department, client, when, why, voucher, amount.")
    public List<EventResponse> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Submit a draft / 提交申请", description = "DRAFT → SUBMITTED; eligibility and claims are checked again.")
    public ApplicationResponse submit(@PathParam("id") long id, @NotNull @Valid TransitionRequest request) {
        return workflow.submit(id, request);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.SUBSIDY_REVIEWER)
    @Operation(summary = "Review / 审核通过", description = "SUBMITTED → REVIEWED by a subsidy-reviewer, who may then never approve or reject it.")
    public ApplicationResponse review(@PathParam("id") long id, @NotNull @Valid TransitionRequest request) {
        return workflow.review(id, request);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({ Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER })
    @Operation(summary = "Return to draft / 退回修改", description = "SUBMITTED or REVIEWED → DRAFT, with a reason.")
    public ApplicationResponse sendBack(@PathParam("id") long id, @NotNull @Valid TransitionRequest request) {
        return workflow.sendBack(id, request);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.SUBSIDY_APPROVER)
    @Operation(summary = "Approve / 批准", description = "REVIEWED → APPROVED: commits the amount against the fund atomically; 409 when the fund has no room "
            + "or a trainee was already paid under the same programme kind and year; 403 for the one who reviewed it.")
    public ApplicationResponse approve(@PathParam("id") long id, @NotNull @Valid TransitionRequest request) {
        return workflow.approve(id, request);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.SUBSIDY_APPROVER)
    @Operation(summary = "Reject / 驳回", description = "SUBMITTED or REVIEWED → REJECTED, with a reason.")
    public ApplicationResponse reject(@PathParam("id") long id, @NotNull @Valid TransitionRequest request) {
        return workflow.reject(id, request);
    }

    @POST
    @Path("/{id}/disburse")
    @RolesAllowed(Roles.SUBSIDY_APPROVER)
    @Operation(summary = "Record the payment / 登记发放", description = "APPROVED → DISBURSED with voucher number, date and amount (at most the committed amount); "
            + "the fund's committed amount moves to disbursed, any rest is released.")
    public ApplicationResponse disburse(@PathParam("id") long id, @NotNull @Valid DisbursementRequest request) {
        return workflow.disburse(id, request);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Attach evidence / 上传证明材料", description = "Multipart field `file`: PDF, PNG, JPEG or DOCX (detected from the content), at most 10 MB.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = AttachmentResponse.class)))
    public Response upload(@PathParam("id") long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file, @Context UriInfo uri) {
        AttachmentResponse stored = attachments.upload(id, file == null ? null : file.uploadedFile(), file == null ? null : file.fileName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build()).entity(stored).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER })
    @Operation(summary = "Download evidence / 下载证明材料", description = "Always an attachment with the type detected at upload, "
            + "a name with that type's extension (the uploaded base name kept) and X-Content-Type-Options: nosniff.")
    @APIResponse(responseCode = "200", description = "The file, with its detected content type", content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentService.Download d = attachments.download(id, attachmentId);
        return FileDownloads.attachment(d.content(), d.contentType(), d.fileName());
    }
}
