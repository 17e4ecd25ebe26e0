package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.xianan.reform.tasks.TaskStatus;

/**
 * The status of a task follows from its data and the lead unit's acts; only SUSPENDED is set by
 * hand. A reached target waits for the lead unit's sign-off (验收, PENDING_SIGN_OFF); signed off
 * it is COMPLETED; sent back it is in progress (or overdue) until the department reports again.
 * Pure, so the rules are testable without a database.
 *
 * <pre>
 * suspended                          → SUSPENDED
 * signed off                         → COMPLETED
 * target reached, not sent back      → PENDING_SIGN_OFF
 * past the deadline                  → OVERDUE
 * reports, or started                → IN_PROGRESS
 * otherwise                          → NOT_STARTED
 * </pre>
 */
public final class TaskStatusRules {

    private TaskStatusRules() {
    }

    /** The lead unit's word on the completion report. */
    public enum Acceptance {
        /** not decided (or reported again after a send-back) */
        NONE,
        SIGNED_OFF,
        SENT_BACK
    }

    /**
     * @param suspended  the lead unit suspended the task
     * @param target     target amount (value, or the number of milestones); null when there is none
     * @param achieved   amount achieved (sum of report quantities, the indicator's value, or milestones done)
     * @param hasReports whether any progress report exists
     * @param acceptance the lead unit's sign-off or send-back of the completion report
     */
    public static TaskStatus status(boolean suspended, BigDecimal target, BigDecimal achieved, boolean hasReports, Acceptance acceptance,
            LocalDate startDate, LocalDate deadline, LocalDate today) {
        if (suspended) {
            return TaskStatus.SUSPENDED;
        }
        if (acceptance == Acceptance.SIGNED_OFF) {
            return TaskStatus.COMPLETED;
        }
        if (isReached(target, achieved) && acceptance != Acceptance.SENT_BACK) {
            return TaskStatus.PENDING_SIGN_OFF;
        }
        if (today.isAfter(deadline)) {
            return TaskStatus.OVERDUE;
        }
        if (hasReports || !today.isBefore(startDate)) {
            return TaskStatus.IN_PROGRESS;
        }
        return TaskStatus.NOT_STARTED;
    }

    /** Only a task waiting for sign-off can be signed off or sent back. */
    public static boolean canDecideAcceptance(TaskStatus status) {
        return status == TaskStatus.PENDING_SIGN_OFF;
    }

    /** An extension can be requested for a task that is neither completed, waiting for sign-off, nor suspended. */
    public static boolean canRequestExtension(TaskStatus status) {
        return status == TaskStatus.NOT_STARTED || status == TaskStatus.IN_PROGRESS || status == TaskStatus.OVERDUE;
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
