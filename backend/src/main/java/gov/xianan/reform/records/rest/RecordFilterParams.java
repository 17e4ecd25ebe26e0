package gov.xianan.reform.records.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.xianan.reform.records.service.RecordService;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The filters of a record list and its export (query parameters stay strings so that a typo is a 400). */
public class RecordFilterParams {

    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "{xianan.date.pattern}")
    @Parameter(description = "Records on or after this date (yyyy-MM-dd)")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "{xianan.date.pattern}")
    @Parameter(description = "Records on or before this date (yyyy-MM-dd)")
    public String to;

    @QueryParam("year")
    @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}")
    @Parameter(description = "Records of this calendar year")
    public String year;

    @QueryParam("enterpriseId")
    @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}")
    @Parameter(description = "Records naming this enterprise")
    public String enterpriseId;

    @QueryParam("kind")
    @Pattern(regexp = "^[A-Za-z_\\-]{1,40}$|^[\\p{IsHan}]{1,20}$", message = "{xianan.kind.pattern}")
    @Parameter(description = "Code (or Chinese label) of the type's kind field, e.g. THEORY / 理论宣讲")
    public String kind;

    @QueryParam("department")
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$", message = "{xianan.department.pattern}")
    @Parameter(description = "Owner department code")
    public String department;

    @QueryParam("taskId")
    @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}")
    @Parameter(description = "Records linked to this reform task")
    public String taskId;

    @QueryParam("q")
    @jakarta.validation.constraints.Size(max = 100, message = "{xianan.q.size}")
    @Parameter(description = "Text in the record's title field")
    public String q;

    public RecordService.Filter toFilter() {
        try {
            return new RecordService.Filter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                    year == null ? null : Integer.valueOf(year), enterpriseId == null ? null : Long.valueOf(enterpriseId), kind, department,
                    taskId == null ? null : Long.valueOf(taskId), q);
        } catch (java.time.format.DateTimeParseException e) {
            throw gov.xianan.reform.common.error.ProblemException.invalid("from", "无效的日期");
        }
    }
}
