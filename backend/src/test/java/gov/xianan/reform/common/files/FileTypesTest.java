package gov.xianan.reform.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.xianan.reform.testsupport.SampleFiles;

/** Types from the content alone (Tika core, containers opened with POI), never from a name. */
class FileTypesTest {

    private static final byte[] PDF_WITH_HTML = SampleFiles.PDF_WITH_HTML;

    private static byte[] docx() {
        return SampleFiles.docx();
    }

    private static byte[] xlsx() {
        return SampleFiles.xlsx();
    }

    private static byte[] ole2(String mainStream) {
        return SampleFiles.ole2(mainStream);
    }

    @Test
    void imagesPdfAndOfficeFilesAreKnownByTheirContent() throws IOException {
        assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' }))
                .isEqualTo(FileTypes.PNG);
        assertThat(FileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 })).isEqualTo(FileTypes.JPEG);
        assertThat(FileTypes.detect(PDF_WITH_HTML)).isEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(docx())).isEqualTo(FileTypes.DOCX);
        assertThat(FileTypes.detect(xlsx())).isEqualTo(FileTypes.XLSX);
        assertThat(FileTypes.detect(ole2("WordDocument"))).isEqualTo(FileTypes.DOC);
        assertThat(FileTypes.detect(ole2("Workbook"))).isEqualTo(FileTypes.XLS);
    }

    @Test
    void firstBytesAloneAreNotEnough() throws IOException {
        // a zip that only looks like an Office package, an OLE2 header without a file system, other OLE2 files
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FileTypes.detect(zip.toByteArray())).isEqualTo(FileTypes.UNKNOWN);
        assertThat(FileTypes.detect(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 }))
                .isEqualTo(FileTypes.UNKNOWN);
        assertThat(FileTypes.detect(ole2("__substg1.0_0037001F"))).isEqualTo(FileTypes.UNKNOWN);
        // markup is at most text, never evidence
        assertThat(FileTypes.detect("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), FileTypes.EVIDENCE)).isEmpty();
        assertThat(FileTypes.detect("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>".getBytes(StandardCharsets.UTF_8), FileTypes.EVIDENCE)).isEmpty();
        assertThat(FileTypes.detect(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEqualTo(FileTypes.UNKNOWN);
        assertThat(FileTypes.detect(new byte[0])).isEqualTo(FileTypes.UNKNOWN);
    }

    @Test
    void textIsCsvOnlyWhenTheWholeFileIsUtf8(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good");
        Files.writeString(good, "\uFEFF身份证号,姓名\n421202199001011234,张三\n".repeat(2000));
        assertThat(FileTypes.detect(good)).isEqualTo(FileTypes.TEXT);
        // valid UTF-8 at the start, a GBK byte sequence far beyond any sniffing window
        byte[] tail = "张三".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] head = "身份证号,姓名\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] mixed = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, mixed, head.length, tail.length);
        Path bad = dir.resolve("bad");
        Files.write(bad, mixed);
        assertThat(FileTypes.detect(bad)).isEqualTo(FileTypes.UNKNOWN);
        Path workbook = dir.resolve("w");
        Files.write(workbook, xlsx());
        assertThat(FileTypes.detect(workbook)).isEqualTo(FileTypes.XLSX);
    }

    @Test
    void theNameKeepsItsBaseAndTakesTheDetectedExtension() {
        assertThat(FileTypes.fileName("x.html", FileTypes.PDF)).isEqualTo("x.pdf");
        assertThat(FileTypes.fileName("C:\\Users\\张\\签到表.final.PNG", FileTypes.PNG)).isEqualTo("签到表.final.png");
        assertThat(FileTypes.fileName("../../etc/passwd", FileTypes.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileTypes.fileName("invoice\u202Efdp.exe", FileTypes.JPEG)).isEqualTo("invoicefdp.jpg");
        assertThat(FileTypes.fileName("a\"b\r\n.docx", FileTypes.DOCX)).isEqualTo("ab.docx");
        assertThat(FileTypes.fileName(".htaccess", FileTypes.PDF)).isEqualTo("附件.pdf");
        assertThat(FileTypes.fileName(null, FileTypes.DOC)).isEqualTo("附件.doc");
        assertThat(FileTypes.fileName("x", FileTypes.UNKNOWN)).isEqualTo("x.bin");
        assertThat(FileTypes.fileName("报告".repeat(150) + ".pdf", FileTypes.PDF)).hasSize(204);
    }
}
