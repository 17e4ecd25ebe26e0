package gov.xianan.reform.reports;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.annotation.Nullable;

/**
 * The year's review (工作巡礼) as a document: title, subtitle, author and sections of paragraphs
 * made of sentences, each sentence with the sources it was computed from (provenance), and the
 * figures the review states, by key. Rendered as JSON for the SPA (with provenance), HTML for the
 * preview and DOCX for staff to edit.
 */
public record AnnualReview(int year, LocalDate asOf, String title, String subtitle, String author, List<Section> sections, List<Figure> figures) {

    /** A section under its heading; the first may carry no heading (the opening). {@code key}: opening, workforce, lead, funds, note (a partial draft says what it leaves out) or a department code. */
    @Schema(name = "AnnualReviewSection")
    public record Section(String key, @Nullable String heading, List<Paragraph> paragraphs) {
    }

    /** A paragraph: its sentences in order (its text is their concatenation). */
    @Schema(name = "AnnualReviewParagraph")
    public record Paragraph(List<Sentence> sentences) {
        public String text() {
            StringBuilder b = new StringBuilder();
            sentences.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /** One sentence and where it came from. */
    @Schema(name = "AnnualReviewSentence")
    public record Sentence(String text, List<Source> sources) {
    }

    /**
     * A source of a sentence: {@code kind} is record (department_record, {@code type} = record type
     * code), registry, fund, competition, honour, political-post, task (its progress reports included) or template
     * (fixed wording); {@code ids} the rows read (at most 200; {@code count} says how many there were);
     * {@code description} the query in words, e.g. "department_record publicity-sessions, 2019–2020, 212 条".
     */
    @Schema(name = "AnnualReviewSource")
    public record Source(String kind, @Nullable String type, List<Long> ids, long count, String description) {
        /** The same source for a reader outside its records' scope: how many and what, without which rows. */
        public Source withoutIds() {
            return ids.isEmpty() ? this : new Source(kind, type, List.of(), count, description);
        }
    }

    /** A figure the review states: key (e.g. workforce.total), section key and the value as written. */
    @Schema(name = "AnnualReviewFigure")
    public record Figure(String key, String section, String value) {
    }
}
