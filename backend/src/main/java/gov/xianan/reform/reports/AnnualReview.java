package gov.xianan.reform.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's review (工作巡礼) as a document: title, subtitle, author and sections of paragraphs.
 * Rendered as HTML for the preview and as DOCX for staff to edit.
 */
public record AnnualReview(int year, LocalDate asOf, String title, String subtitle, String author, List<Section> sections) {

    /** A section under its heading; the first may carry no heading (the opening). */
    public record Section(String heading, List<String> paragraphs) {
    }
}
