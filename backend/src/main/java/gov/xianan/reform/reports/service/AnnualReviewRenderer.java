package gov.xianan.reform.reports.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import gov.xianan.reform.reports.AnnualReview;
import gov.xianan.reform.reports.AnnualReview.Section;

/** HTML for the preview and DOCX (Apache POI XWPF) for editing, from the same document. */
public final class AnnualReviewRenderer {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private AnnualReviewRenderer() {
    }

    public static String html(AnnualReview r) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(r.title())).append("</title>\n")
                .append("<style>body{font-family:'FangSong','STFangsong','SimSun',serif;max-width:46em;margin:2em auto;line-height:1.9;font-size:16px}"
                        + "h1{text-align:center;font-size:1.6em;margin-bottom:.2em}.subtitle,.author{text-align:center}"
                        + "h2{font-size:1.2em;margin-top:1.6em}p{text-indent:2em;margin:.4em 0}.subtitle,.author,.as-of{text-indent:0}.as-of{text-align:center;font-size:.9em}</style>\n")
                .append("</head>\n<body>\n<article data-year=\"").append(r.year()).append("\" data-as-of=\"").append(r.asOf()).append("\">\n")
                .append("<h1>").append(esc(r.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(esc(r.subtitle())).append("</p>\n")
                .append("<p class=\"author\">").append(esc(r.author())).append("</p>\n")
                .append("<p class=\"as-of\">").append(esc(asOfLine(r))).append("</p>\n");
        for (Section s : r.sections()) {
            b.append("<section>\n");
            if (s.heading() != null) {
                b.append("<h2>").append(esc(s.heading())).append("</h2>\n");
            }
            for (var p : s.paragraphs()) {
                b.append("<p>").append(esc(p.text())).append("</p>\n");
            }
            b.append("</section>\n");
        }
        return b.append("</article>\n</body>\n</html>\n").toString();
    }

    public static byte[] docx(AnnualReview r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(r.title());
            doc.getProperties().getCoreProperties().setCreator(r.author());
            centred(doc, r.title(), "方正小标宋简体", 22, true);
            centred(doc, r.subtitle(), "楷体", 16, false);
            centred(doc, r.author(), "楷体", 16, false);
            centred(doc, asOfLine(r), "楷体", 14, false);
            for (Section s : r.sections()) {
                if (s.heading() != null) {
                    XWPFParagraph h = doc.createParagraph();
                    h.setSpacingBefore(240);
                    run(h, s.heading(), "黑体", 16, true);
                }
                for (var paragraph : s.paragraphs()) {
                    String text = paragraph.text();
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationFirstLine(640); // two characters of 16 pt
                    p.setSpacingBetween(1.5);
                    run(p, text, "仿宋", 16, false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date the figures are of, as the review states it under its author: (数据截至2020年12月31日). */
    static String asOfLine(AnnualReview r) {
        return "(数据截至" + r.asOf().getYear() + "年" + r.asOf().getMonthValue() + "月" + r.asOf().getDayOfMonth() + "日)";
    }

    private static void centred(XWPFDocument doc, String text, String font, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, font, size, bold);
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
