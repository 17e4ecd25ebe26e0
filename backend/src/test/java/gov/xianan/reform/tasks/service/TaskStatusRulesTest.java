package gov.xianan.reform.tasks.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.TasksConfig;
import gov.xianan.reform.tasks.service.TaskStatusRules.Acceptance;

/** The state table of a task, the escalation schedule and the assessment score: pure rules, no Quarkus. */
class TaskStatusRulesTest {

    private static final LocalDate START = LocalDate.of(2030, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 6, 30);
    private static final BigDecimal TARGET = new BigDecimal("200");

    private static TaskStatus status(boolean suspended, BigDecimal achieved, boolean reports, Acceptance a, LocalDate today) {
        return TaskStatusRules.status(suspended, TARGET, achieved, reports, a, START, DEADLINE, today);
    }

    @Test
    void theStateTable() {
        assertThat(status(false, BigDecimal.ZERO, false, Acceptance.NONE, START.minusDays(1))).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(status(false, BigDecimal.ZERO, true, Acceptance.NONE, START.minusDays(1))).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(status(false, BigDecimal.ZERO, false, Acceptance.NONE, START)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(status(false, new BigDecimal("199.99"), true, Acceptance.NONE, DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(status(false, new BigDecimal("199.99"), true, Acceptance.NONE, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        // reaching the target is not completion: the lead unit signs off (验收)
        assertThat(status(false, TARGET, true, Acceptance.NONE, DEADLINE)).isEqualTo(TaskStatus.PENDING_SIGN_OFF);
        assertThat(status(false, TARGET, true, Acceptance.NONE, DEADLINE.plusDays(1))).as("reached late still waits for sign-off")
                .isEqualTo(TaskStatus.PENDING_SIGN_OFF);
        assertThat(status(false, TARGET, true, Acceptance.SIGNED_OFF, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.COMPLETED);
        // sent back: in progress, or overdue past the deadline, until reported anew
        assertThat(status(false, TARGET, true, Acceptance.SENT_BACK, DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(status(false, TARGET, true, Acceptance.SENT_BACK, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(status(true, TARGET, true, Acceptance.SIGNED_OFF, DEADLINE)).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(TaskStatusRules.status(false, null, BigDecimal.TEN, true, Acceptance.NONE, START, DEADLINE, START)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatusRules.completionPercent(TARGET, new BigDecimal("50"))).isEqualByComparingTo("25.0");
        assertThat(TaskStatusRules.completionPercent(TARGET, new BigDecimal("250"))).isEqualByComparingTo("100.0");
    }

    @Test
    void whatMayBeDecided() {
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(TaskStatusRules.canDecideAcceptance(s)).as(s.name()).isEqualTo(s == TaskStatus.PENDING_SIGN_OFF);
            assertThat(TaskStatusRules.canRequestExtension(s)).as(s.name())
                    .isEqualTo(s == TaskStatus.NOT_STARTED || s == TaskStatus.IN_PROGRESS || s == TaskStatus.OVERDUE);
        }
    }

    private static final TasksConfig.Escalation DAYS = new TasksConfig.Escalation() {
        @Override
        public int reminderDays() {
            return 1;
        }

        @Override
        public int urgeDays() {
            return 3;
        }

        @Override
        public int notifyLeadDays() {
            return 7;
        }
    };

    @Test
    void theEscalationSchedule() {
        LocalDate due = LocalDate.of(2030, 5, 10);
        assertThat(NoticeEscalation.levelsDue(due, due, DAYS)).isEmpty();
        assertThat(NoticeEscalation.levelsDue(null, due.plusDays(30), DAYS)).isEmpty();
        assertThat(NoticeEscalation.levelsDue(due, due.plusDays(1), DAYS)).containsExactly(EscalationLevel.REMINDER);
        assertThat(NoticeEscalation.levelsDue(due, due.plusDays(2), DAYS)).containsExactly(EscalationLevel.REMINDER);
        assertThat(NoticeEscalation.levelsDue(due, due.plusDays(3), DAYS)).containsExactly(EscalationLevel.REMINDER, EscalationLevel.URGE);
        assertThat(NoticeEscalation.levelsDue(due, due.plusDays(7), DAYS)).containsExactly(EscalationLevel.REMINDER, EscalationLevel.URGE,
                EscalationLevel.NOTIFY_LEAD);
    }

    @Test
    void theScore() {
        Map<EscalationLevel, Long> none = new EnumMap<>(EscalationLevel.class);
        assertThat(TaskAssessmentService.score(new BigDecimal("100"), new BigDecimal("100"), none, 0)).isEqualByComparingTo("100.0");
        Map<EscalationLevel, Long> some = new EnumMap<>(Map.of(EscalationLevel.REMINDER, 2L, EscalationLevel.URGE, 1L, EscalationLevel.NOTIFY_LEAD, 1L));
        // 0.6 × 50 + 0.4 × 75 − 2 − 3 − 5 − 2 × 1 = 48
        assertThat(TaskAssessmentService.score(new BigDecimal("50"), new BigDecimal("75"), some, 1)).isEqualByComparingTo("48.0");
        assertThat(TaskAssessmentService.score(BigDecimal.ZERO, BigDecimal.ZERO, some, 3)).as("not below 0").isEqualByComparingTo("0.0");
        assertThat(List.of(TaskAssessmentService.FORMULA)).allMatch(f -> f.contains("0.6") && f.contains("催办"));
    }
}
