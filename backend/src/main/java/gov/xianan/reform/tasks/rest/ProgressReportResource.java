package gov.xianan.reform.tasks.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.files.FileDownloads;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.tasks.mapping.TaskDtos.AttachmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.ProgressReportRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.ProgressReportResponse;
import gov.xianan.reform.tasks.service.ProgressReportService;
import gov.xianan.reform.tasks.service.ProgressReportService.Download;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/tasks/{taskId}/progress-reports")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@RolesAllowed({ Roles.STAFF, Roles.LEAD })
public class ProgressReportResource {

    @Inject
    ProgressReportService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress reports of a task / 进展报告列表", description = "Newest first, with their attachments.")
    public List<ProgressReportResponse> list(@PathParam("taskId") long taskId) {
        return service.list(taskId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a progress report / 报送进展", description = "Staff of an assigned department (lead or co-operating) only; "
            + "the quantity adds to the task's progress and may complete it. Evidence files are uploaded afterwards to .../{reportId}/attachments.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    public RestResponse<ProgressReportResponse> create(@PathParam("taskId") long taskId, @NotNull @Valid ProgressReportRequest request,
            @Context UriInfo uri) {
        ProgressReportResponse created = service.create(taskId, request);
        return RestResponse.ResponseBuilder.<ProgressReportResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/{reportId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach evidence to a report / 上传佐证材料", description = "Multipart field `file`: PNG, JPEG, PDF, DOCX or DOC, "
            + "recognised by the whole file's content (Apache Tika; not its name, which keeps its base but takes the detected type's extension), at most 10 MB (413 above, 415 for other types). Stored in the database.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "413", description = "文件过大 / larger than 10 MB", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "不支持的文件类型 / not PNG, JPEG, PDF, DOCX or DOC by content", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<AttachmentResponse> attach(@PathParam("taskId") long taskId, @PathParam("reportId") long reportId,
            @RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "请选择要上传的文件(表单字段 file)");
        }
        AttachmentResponse stored = service.attach(taskId, reportId, file.uploadedFile(), file.fileName());
        return RestResponse.ResponseBuilder.<AttachmentResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(stored).build();
    }

    @GET
    @Path("/{reportId}/attachments/{attachmentId}")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, "application/problem+json" })
    @Operation(summary = "Download evidence / 下载佐证材料", description = "Same scope as the task: another department's file answers 404. "
            + "Always an attachment with the type detected at upload, a name with that type's extension and X-Content-Type-Options: nosniff.")
    @APIResponse(responseCode = "200", description = "The file, with its detected content type", content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("taskId") long taskId, @PathParam("reportId") long reportId, @PathParam("attachmentId") long attachmentId) {
        Download d = service.download(taskId, reportId, attachmentId);
        return FileDownloads.attachment(d.content(), d.contentType(), d.fileName());
    }
}
