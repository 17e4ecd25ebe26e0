package gov.xianan.reform.common.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The {@code text/csv} answer of an aggregate operation (common/export/AggregateCsvWriter) in the
 * document: a string (the file), not the JSON schema the generator copies from the Java return type.
 */
final class CsvMediaType {

    static final String TEXT_CSV = "text/csv";

    private CsvMediaType() {
    }

    /** Rewrites the {@code text/csv} content of the operation's 200 answer, if it has one. */
    static void document(Operation op) {
        if (op.getResponses() == null || !op.getResponses().hasAPIResponse("200")) {
            return;
        }
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok.getContent() == null || ok.getContent().getMediaType(TEXT_CSV) == null) {
            return;
        }
        MediaType csv = ok.getContent().getMediaType(TEXT_CSV);
        csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("CSV, UTF-8 with a byte order mark, Chinese column headers, one row per published figure; hidden figures "
                        + "empty with 已隐藏=是 (the same disclosure control as the JSON). Audited as an export."));
        csv.setExamples(null);
        csv.setExample(null);
    }
}
