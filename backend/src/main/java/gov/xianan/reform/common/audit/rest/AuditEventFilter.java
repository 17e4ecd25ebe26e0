package gov.xianan.reform.common.audit.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The audit page's filters: who (login or part of the name), which department, what, on which kind of record, when. */
public class AuditEventFilter {

    @QueryParam("actor")
    @Size(max = 100)
    @Parameter(description = "Login (exact) or part of the person's or system's name", example = "张明华")
    public String actor;

    @QueryParam("department")
    @Size(max = 32)
    @Parameter(description = "Department code of the actor", example = "hrss")
    public String department;

    @QueryParam("action")
    @Size(max = 64)
    @Parameter(description = "Action code (dictionary audit_action)", example = "PII_READ")
    public String action;

    @QueryParam("entityType")
    @Size(max = 64)
    @Parameter(description = "Record kind (dictionary record_kind)", example = "worker")
    public String entityType;

    @QueryParam("from")
    @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式应为 YYYY-MM-DD")
    @Parameter(description = "First day, inclusive (Asia/Shanghai)", example = "2026-12-01")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式应为 YYYY-MM-DD")
    @Parameter(description = "Last day, inclusive (Asia/Shanghai)", example = "2026-12-31")
    public String to;

    /** The filters for the audit trail of an export of the audit log. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        append(sb, "actor", actor);
        append(sb, "department", department);
        append(sb, "action", action);
        append(sb, "entityType", entityType);
        append(sb, "from", from);
        append(sb, "to", to);
        return sb.isEmpty() ? "(none)" : sb.toString().strip();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(name).append('=').append(value).append(' ');
        }
    }
}
