package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.xianan.reform.tasks.TaskStatus;

/**
 * The status of a task follows from its data; only SUSPENDED is set by hand. Pure, so the rules
 * are testable without a database.
 */
public final class TaskStatusRules {

    private TaskStatusRules() {
    }

    /**
     * @param suspended  the lead unit suspended the task
     * @param target     target amount (value, or the number of milestones); null when there is none
     * @param achieved   amount achieved (sum of report quantities, the indicator's value, or milestones done)
     * @param hasReports whether any progress report exists
     */
    public static TaskStatus status(boolean suspended, BigDecimal target, BigDecimal achieved, boolean hasReports,
            LocalDate startDate, LocalDate deadline, LocalDate today) {
        if (suspended) {
            return TaskStatus.SUSPENDED;
        }
        if (isReached(target, achieved)) {
            return TaskStatus.COMPLETED;
        }
        if (today.isAfter(deadline)) {
            return TaskStatus.OVERDUE;
        }
        if (hasReports || !today.isBefore(startDate)) {
            return TaskStatus.IN_PROGRESS;
        }
        return TaskStatus.NOT_STARTED;
    }

    public static boolean isReached(BigDecimal target, BigDecimal achieved) {
        return target != null && target.signum() > 0 && achieved != null && achieved.compareTo(target) >= 0;
    }

    /** Percent of the target reached, 0–100 with one decimal; null without a target. */
    public static BigDecimal completionPercent(BigDecimal target, BigDecimal achieved) {
        if (target == null || target.signum() <= 0) {
            return null;
        }
        BigDecimal a = achieved == null ? BigDecimal.ZERO : achieved;
        BigDecimal p = a.multiply(BigDecimal.valueOf(100)).divide(target, 1, java.math.RoundingMode.HALF_UP);
        return p.min(BigDecimal.valueOf(100).setScale(1));
    }
}
