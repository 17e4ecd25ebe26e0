package gov.xianan.reform.common.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every stored file goes back the same way: with the type detected at upload (anything outside
 * the evidence allow-list as {@code application/octet-stream}), a name whose extension is that
 * type's, always as an attachment (the browser saves it, never renders it in the API's origin) and
 * with {@code X-Content-Type-Options: nosniff} so that no browser second-guesses the type.
 */
public final class FileDownloads {

    public static final String NOSNIFF = "nosniff";

    private FileDownloads() {
    }

    /** A 200 with the bytes as an attachment named {@code uploadedName}'s base plus the detected type's extension. */
    public static Response attachment(byte[] content, String detectedType, String uploadedName) {
        String type = detectedType != null && FileTypes.EVIDENCE.contains(detectedType) ? detectedType : FileTypes.UNKNOWN;
        return Response.ok(content).type(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(FileTypes.fileName(uploadedName, type)))
                .header("X-Content-Type-Options", NOSNIFF)
                .build();
    }

    /**
     * {@code attachment} with an ASCII fallback name and the real (possibly Chinese) name in
     * RFC 5987 form, which every current browser prefers.
     */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
