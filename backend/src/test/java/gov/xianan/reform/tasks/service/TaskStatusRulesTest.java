package gov.xianan.reform.tasks.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.tasks.TaskStatus;

/** A task's status follows from its data, without Quarkus; only SUSPENDED is set by hand. */
class TaskStatusRulesTest {

    private static final LocalDate START = LocalDate.of(2030, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 6, 30);
    private static final BigDecimal TARGET = new BigDecimal("200");

    @Test
    void theStatusFollowsTheData() {
        assertThat(TaskStatusRules.status(false, TARGET, BigDecimal.ZERO, false, START, DEADLINE, START.minusDays(1))).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(TaskStatusRules.status(false, TARGET, BigDecimal.ZERO, true, START, DEADLINE, START.minusDays(1))).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatusRules.status(false, TARGET, BigDecimal.ZERO, false, START, DEADLINE, START)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatusRules.status(false, TARGET, new BigDecimal("199.99"), true, START, DEADLINE, DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatusRules.status(false, TARGET, new BigDecimal("199.99"), true, START, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskStatusRules.status(false, TARGET, TARGET, true, START, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.COMPLETED);
        assertThat(TaskStatusRules.status(true, TARGET, TARGET, true, START, DEADLINE, DEADLINE)).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(TaskStatusRules.status(false, null, BigDecimal.TEN, true, START, DEADLINE, START)).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aTargetIsReachedOnlyWhenThereIsOne() {
        assertThat(TaskStatusRules.isReached(TARGET, TARGET)).isTrue();
        assertThat(TaskStatusRules.isReached(TARGET, new BigDecimal("199.99"))).isFalse();
        assertThat(TaskStatusRules.isReached(null, TARGET)).isFalse();
        assertThat(TaskStatusRules.isReached(BigDecimal.ZERO, TARGET)).isFalse();
        assertThat(TaskStatusRules.isReached(TARGET, null)).isFalse();
    }

    @Test
    void completionIsAPercentCappedAtAHundred() {
        assertThat(TaskStatusRules.completionPercent(TARGET, new BigDecimal("50"))).isEqualByComparingTo("25.0");
        assertThat(TaskStatusRules.completionPercent(TARGET, new BigDecimal("250"))).isEqualByComparingTo("100.0");
        assertThat(TaskStatusRules.completionPercent(new BigDecimal("3"), BigDecimal.ONE)).isEqualByComparingTo("33.3");
        assertThat(TaskStatusRules.completionPercent(TARGET, null)).isEqualByComparingTo("0.0");
        assertThat(TaskStatusRules.completionPercent(null, BigDecimal.TEN)).isNull();
    }
}
