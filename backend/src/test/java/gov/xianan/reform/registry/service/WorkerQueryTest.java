package gov.xianan.reform.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.registry.rest.WorkerFilter;

/**
 * The list's filter as a statement: values of a closed set are its text (so PostgreSQL plans the
 * statement once per connection), free text and ID numbers stay parameters and never appear in it.
 */
class WorkerQueryTest {

    @Test
    void closedSetValuesAreWrittenIntoTheStatement() {
        WorkerFilter f = new WorkerFilter();
        f.industry = "electromechanical";
        f.skillLevel = "NONE";
        f.enterpriseId = "42";
        f.inDevZone = "true";
        f.education = "SENIOR_HIGH";
        f.gender = "FEMALE";
        f.wageBand = "FROM_3000_TO_5000";
        f.unionMember = "false";
        WorkerService.WorkerQuery q = WorkerService.WorkerQuery.of(f, false);
        assertThat(q.params()).isEmpty();
        assertThat(q.where()).contains("e.industryCode = 'electromechanical'", "e.id = 42", "e.inDevZone = true",
                "w.skillLevel = gov.xianan.reform.registry.SkillLevel.NONE", "w.education = gov.xianan.reform.registry.Education.SENIOR_HIGH",
                "w.gender = gov.xianan.reform.registry.Gender.FEMALE", "w.monthlyWage >= 3000", "w.monthlyWage < 5000",
                "w.unionMember = false");
    }

    @Test
    void theMaintainedCountStillAnswersTheFiltersItCounts() {
        WorkerFilter f = new WorkerFilter();
        f.industry = "electromechanical";
        f.skillTier = "SENIOR_TECHNICIAN";
        WorkerService.WorkerQuery q = WorkerService.WorkerQuery.of(f, false);
        assertThat(q.countSql()).contains("worker_count").contains("e.industry_code = ?1");
        assertThat(q.countParams()).containsExactly("electromechanical");
        f.gender = "MALE";
        assertThat(WorkerService.WorkerQuery.of(f, false).countSql()).as("gender is not counted").isNull();
    }

    @Test
    void aNameSearchStaysAParameter() {
        WorkerFilter f = new WorkerFilter();
        f.q = "王'; drop table worker; --";
        WorkerService.WorkerQuery q = WorkerService.WorkerQuery.of(f, false);
        assertThat(q.where()).isEqualTo(" where w.name like :name").doesNotContain("王");
        assertThat(q.params()).containsEntry("name", "%王'; drop table worker; --%");
    }

    @Test
    void anIdNumberIsNeverPartOfTheStatementsText() {
        WorkerFilter f = new WorkerFilter();
        f.q = "42120219870707123X";
        WorkerService.WorkerQuery q = WorkerService.WorkerQuery.of(f, true);
        assertThat(q.where()).doesNotContain("4212").contains(":id");
        assertThat(q.params()).containsEntry("id", "42120219870707123X");
        f.q = "4212021987";
        q = WorkerService.WorkerQuery.of(f, true);
        assertThat(q.where()).doesNotContain("4212").contains(":idPrefix");
    }

    @Test
    void anIndustryOutsideTheCodeAlphabetStaysAParameter() {
        WorkerFilter f = new WorkerFilter();
        f.industry = "x' or '1'='1";
        WorkerService.WorkerQuery q = WorkerService.WorkerQuery.of(f, false);
        assertThat(q.where()).isEqualTo(" where e.industryCode = :industry");
        assertThat(q.params()).containsEntry("industry", "x' or '1'='1");
    }
}
