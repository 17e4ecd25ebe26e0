package gov.xianan.reform.common.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence files the platform accepts (task progress reports, subsidy applications),
 * recognised by their first bytes (magic numbers), never by the file name or the browser's
 * content type: PNG, JPEG, PDF, Word (DOCX, a zip holding word/document.xml; DOC, an OLE2
 * compound file). Each feature decides which of these it takes.
 */
public final class FileTypes {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";
    public static final String DOC = "application/msword";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private FileTypes() {
    }

    /** The content type, or null when the bytes are none of the accepted kinds. */
    public static String detect(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/msword";
        }
        if (starts(b, 'P', 'K', 0x03, 0x04) && isWordPackage(b)) {
            return DOCX;
        }
        return null;
    }

    /** The usual extension of an accepted type, for a download name that matches the content. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "application/pdf" -> "pdf";
            case "application/msword" -> "doc";
            case DOCX -> "docx";
            default -> "bin";
        };
    }

    private static boolean isWordPackage(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2_000) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
