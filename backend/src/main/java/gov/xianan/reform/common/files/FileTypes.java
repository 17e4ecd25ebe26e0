package gov.xianan.reform.common.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is, from its content alone — never from its name or the browser's
 * content type. Apache Tika core names the family from the magic numbers (PDF, PNG, JPEG, OLE2,
 * ZIP/OOXML, text); the two container families Tika core leaves generic are opened whole with POI
 * (already on the class path for the registry's workbooks): an OOXML package is a DOCX or an XLSX
 * by its main part's content type (a macro-enabled .docm/.xlsm is neither), an OLE2 file is a DOC
 * or an XLS by its main stream. Plain text counts as text only when the whole file is valid UTF-8
 * without control characters (the worker import reads it as CSV). Each feature then checks the result against its own allow-list.
 */
public final class FileTypes {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";
    public static final String DOC = "application/msword";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Plain text whose whole content is UTF-8 without control characters: what the worker import reads as CSV. */
    public static final String TEXT = "text/plain";
    /** Anything that is none of the above: never in an allow-list. */
    public static final String UNKNOWN = "application/octet-stream";

    /** Evidence of task progress reports and subsidy applications (images, PDF, Word). */
    public static final Set<String> EVIDENCE = Set.of(PNG, JPEG, PDF, DOCX, DOC);

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private FileTypes() {
    }

    /** The type of the bytes: one of the constants above, {@link #UNKNOWN} otherwise. */
    public static String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType family = TIKA.detect(in, new Metadata());
            if (is(family, ZIP)) {
                try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
                    return ooxml(pkg);
                }
            }
            if (is(family, OLE2)) {
                try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
                    return ole2(fs.getRoot());
                }
            }
            if (is(family, MediaType.TEXT_PLAIN)) {
                return wholeTextIsUtf8(new ByteArrayInputStream(content)) ? TEXT : UNKNOWN;
            }
            return simple(family);
        } catch (Exception | LinkageError e) {
            return UNKNOWN; // a container that does not open is not what its first bytes claim
        }
    }

    /** The type of a file on disk (large imports), read the same way without loading it whole. */
    public static String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType family = TIKA.detect(in, new Metadata());
            if (is(family, ZIP)) {
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    return ooxml(pkg);
                }
            }
            if (is(family, OLE2)) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    return ole2(fs.getRoot());
                }
            }
            if (is(family, MediaType.TEXT_PLAIN)) {
                try (InputStream text = Files.newInputStream(file)) {
                    return wholeTextIsUtf8(text) ? TEXT : UNKNOWN;
                }
            }
            return simple(family);
        } catch (Exception | LinkageError e) {
            return UNKNOWN;
        }
    }

    /** The detected type if the allow-list has it. */
    public static java.util.Optional<String> detect(byte[] content, Set<String> allowed) {
        String type = detect(content);
        return allowed.contains(type) ? java.util.Optional.of(type) : java.util.Optional.empty();
    }

    /** The usual extension of a type, without the dot ("pdf", "jpg", "docx"); "bin" for anything else. */
    public static String extension(String contentType) {
        if (contentType == null) {
            return "bin";
        }
        try {
            String ext = TIKA.forName(contentType).getExtension();
            return ext.isEmpty() || UNKNOWN.equals(contentType) ? "bin" : ext.substring(1);
        } catch (MimeTypeException e) {
            return "bin";
        }
    }

    /**
     * The name to store and offer for a download: the user's base name without any path, control,
     * quote or bidirectional-override characters, at most 200 characters, with the extension of
     * what the content really is ({@code x.html} holding a PDF becomes {@code x.pdf}).
     */
    public static String fileName(String uploadedName, String contentType) {
        String base = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|]", "")
                .strip();
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : dot == 0 ? "" : base).strip();
        while (stem.endsWith(".")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.isBlank()) {
            stem = "附件";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + extension(contentType);
    }

    private static boolean is(MediaType type, MediaType family) {
        return type.equals(family) || REGISTRY.isSpecializationOf(type, family);
    }

    private static String simple(MediaType type) {
        String t = type.getBaseType().toString();
        return switch (t) {
            case PNG, JPEG, PDF -> t;
            default -> UNKNOWN;
        };
    }

    private static String ooxml(OPCPackage pkg) {
        var main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() != 1) {
            return UNKNOWN;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null) {
            return UNKNOWN;
        }
        return switch (part.getContentType()) {
            case WORD_MAIN -> DOCX;
            case SHEET_MAIN -> XLSX;
            default -> UNKNOWN;
        };
    }

    private static String ole2(DirectoryNode root) {
        if (root.hasEntry("WordDocument")) {
            return DOC;
        }
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            return XLS;
        }
        return UNKNOWN;
    }

    /** Decodes the whole stream strictly: any invalid sequence, NUL or other control character (but tab and line ends) fails. */
    private static boolean wholeTextIsUtf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.InputStreamReader(in, decoder)) {
            char[] buf = new char[8192];
            int n;
            while ((n = reader.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
