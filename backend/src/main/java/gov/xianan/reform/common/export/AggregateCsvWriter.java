package gov.xianan.reform.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import gov.xianan.reform.common.files.FileDownloads;
import gov.xianan.reform.common.time.ClockProducer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every aggregate endpoint's {@code text/csv} form (content negotiation on {@code Accept}): the
 * same answer object the JSON form gets — so the same disclosure control — written as CSV through
 * its {@link CsvForm}, UTF-8 with a BOM (Excel then reads the Chinese headers), each text cell
 * through {@link SpreadsheetCells}, and audited as an export (EXPORT_STARTED / EXPORT_FINISHED,
 * masked: aggregates carry no personal fields) like the other exports.
 */
@Provider
@Produces(AggregateCsvWriter.TEXT_CSV)
public class AggregateCsvWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";

    /** The UTF-8 byte order mark. */
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Inject
    Instance<CsvForm<?>> forms;

    @Inject
    ExportAudit exportAudit;

    @Context
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(TEXT_CSV)) && form(type).isPresent();
    }

    private Optional<CsvForm<?>> form(Class<?> type) {
        return forms.stream().filter(f -> f.type().isAssignableFrom(type)).findFirst();
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvForm form = form(type).orElseThrow();
        List<List<Object>> rows = form.rows(answer);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        buffer.write(BOM);
        OutputStreamWriter writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            SpreadsheetCells.printRecord(csv, form.headers());
            for (List<Object> row : rows) {
                SpreadsheetCells.printRecord(csv, row);
            }
        }
        String query = uri == null ? null : uri.getRequestUri().getRawQuery();
        ExportAudit.Started started = exportAudit.start(form.name(), null, "CSV", true, query);
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", FileDownloads.contentDisposition(form.name() + "-" + LocalDate.now(ClockProducer.ZONE) + ".csv"));
        out.write(buffer.toByteArray());
        exportAudit.finished(started, rows.size());
    }
}
