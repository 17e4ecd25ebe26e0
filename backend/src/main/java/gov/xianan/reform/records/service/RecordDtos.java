package gov.xianan.reform.records.service;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordKinds;

/** The department records' API shapes: one set for every record type. */
public final class RecordDtos {

    private RecordDtos() {
    }

    @Schema(name = "DepartmentRecord", description = "部门工作记录 / a department's record")
    public record RecordResponse(
            long id,
            @Schema(description = "Record type, e.g. publicity-sessions") String type,
            @Schema(description = "Owner department code") String ownerDepartment,
            @Schema(description = "Owner department name") String ownerDepartmentName,
            @Schema(description = "The record's date (from its type's date field)") @Nullable LocalDate date,
            @Schema(description = "Reform task the record is evidence for") @Nullable Long taskId,
            @Schema(description = "That task's title") @Nullable String taskTitle,
            @Schema(description = "The type's fields: dates yyyy-MM-dd, kinds as codes, enterprises as ids") Map<String, Object> fields,
            @Schema(description = "The same fields as people read them: kinds by label, enterprises by name") Map<String, String> display,
            @Schema(description = "Whether the caller may change it") boolean editable,
            long version,
            String createdBy,
            @Nullable String createdByName,
            @Nullable String updatedBy,
            @Nullable String updatedByName,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "DepartmentRecordRequest", description = "登记或修改记录 / create or change a record")
    public record RecordRequest(
            @Schema(description = "The type's fields by key (see GET /api/v1/records/types)", required = true,
                    example = "{\"date\":\"2020-05-12\",\"kind\":\"THEORY\",\"title\":\"学习新时期产业工人队伍建设改革方案\",\"place\":\"开发区职工之家\",\"enterpriseIds\":[1],\"audience\":80,\"speaker\":\"李明\"}") Map<String, Object> fields,
            @Schema(description = "Reform task the record is evidence for (one the owner department is assigned to)") Long taskId,
            @Schema(description = "The version read; required to change a record (409 when stale)") Long version) {
    }

    @Schema(name = "RecordType", description = "记录类型定义 / a record type and its fields")
    public record RecordTypeResponse(
            String code,
            String label,
            String labelEn,
            @Nullable String description,
            @Schema(description = "Key of the field that names a record, if any") @Nullable String titleField,
            List<FieldDef> fields,
            @Schema(description = "Items of the dictionaries its KIND fields use") Map<String, List<RecordKinds.Kind>> kinds,
            @Schema(description = "Codes of the departments that write it (empty: any department)") List<String> owners,
            @Schema(description = "Whether the caller may create, import (staff of an owner department)") boolean creatable) {
    }
}
