package gov.xianan.reform.subsidies.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.files.FileTypes;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyAttachment;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Evidence files of applications. The type is detected from the whole content (PDF, PNG, JPEG,
 * DOCX; common/files/FileTypes), never trusted from the upload's name or header; anything else, and
 * anything above 10 MB, is refused. The stored name keeps the user's base with the detected
 * type's extension, and downloads are served with the detected type.
 */
@ApplicationScoped
public class AttachmentService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String PDF = FileTypes.PDF;
    static final String PNG = FileTypes.PNG;
    static final String JPEG = FileTypes.JPEG;
    static final String DOCX = FileTypes.DOCX;
    private static final Set<String> ACCEPTED = Set.of(PDF, PNG, JPEG, DOCX);

    /**
     * Evidence is frozen from submission: what the reviewer checked is what the approver decides on.
     * A returned application is a draft again and takes new evidence.
     */
    private static final EnumSet<ApplicationState> OPEN = EnumSet.of(ApplicationState.DRAFT);

    @Inject
    ApplicationService applications;

    @Inject
    SubsidyScope scope;

    /** The file with its detected content type, for a download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public AttachmentResponse upload(long applicationId, Path file, String fileName) {
        SubsidyApplication a = applications.lockedForEvidence(applicationId);
        if (!OPEN.contains(a.state)) {
            throw new ProblemException(409, "/problems/evidence-frozen", "申请当前状态为“" + a.state.label()
                    + "”,证明材料自提交起不能再增加;如需补充,请由审核人员退回修改后再上传");
        }
        if (file == null) {
            throw ProblemException.invalid("file", "请选择要上传的文件");
        }
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProblemException(413, "/problems/file-too-large", "文件不能超过 10 MB(本文件 " + size / 1024 / 1024 + " MB)");
            }
            if (size == 0) {
                throw ProblemException.invalid("file", "文件为空");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemException.invalid("file", "无法读取上传的文件");
        }
        String type = detect(content).orElseThrow(() -> new ProblemException(415, "/problems/unsupported-file",
                "只接受 PDF、PNG、JPEG 或 DOCX 文件(按整个文件的内容识别,与文件名无关)"));
        SubsidyAttachment t = new SubsidyAttachment();
        t.applicationId = a.id;
        t.fileName = FileTypes.fileName(fileName, type); // the base as uploaded, the extension of what the bytes are
        t.contentType = type;
        t.sizeBytes = content.length;
        t.content = content;
        t.uploadedBy = scope.username();
        t.uploadedAt = Instant.now();
        t.persistAndFlush();
        return SubsidyMapper.toResponse(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long applicationId, long attachmentId) {
        SubsidyApplication a = applications.readable(applicationId);
        SubsidyAttachment t = SubsidyAttachment.<SubsidyAttachment>find("id = ?1 and applicationId = ?2", attachmentId, a.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("证明材料不存在: " + attachmentId));
        return new Download(t.fileName, t.contentType, t.content);
    }

    /** The content type detected from the whole file, if it is one that applications take (evidence without DOC). */
    static Optional<String> detect(byte[] b) {
        return FileTypes.detect(b, ACCEPTED);
    }
}
