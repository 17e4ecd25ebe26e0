package gov.xianan.reform.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of the kinds uploads are typed as, built in memory. */
public final class SampleFiles {

    /** Starts like a PDF (and is one to any detector), carries HTML inside. */
    public static final byte[] PDF_WITH_HTML = "%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private SampleFiles() {
    }

    public static byte[] docx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("双宣讲活动记录");
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OLE2 compound file holding one stream: "WordDocument" makes a Word 97–2003 file, "Workbook" an Excel one. */
    public static byte[] ole2(String mainStream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), mainStream);
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
