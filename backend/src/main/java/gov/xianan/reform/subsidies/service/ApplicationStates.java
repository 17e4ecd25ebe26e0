package gov.xianan.reform.subsidies.service;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Step;

/**
 * The application's state table, free of persistence: which states each step leaves from, where it
 * goes, and which duty it needs. A step from any other state is a 409 {@code /problems/illegal-transition};
 * a stale version a 409 as well.
 */
public final class ApplicationStates {

    /** Which states each step leaves from. */
    static final Map<Action, Set<ApplicationState>> FROM = Map.of(
            Action.SUBMIT, Set.of(ApplicationState.DRAFT),
            Action.REVIEW, Set.of(ApplicationState.SUBMITTED),
            Action.RETURN, Set.of(ApplicationState.SUBMITTED, ApplicationState.REVIEWED),
            Action.APPROVE, Set.of(ApplicationState.REVIEWED),
            Action.REJECT, Set.of(ApplicationState.SUBMITTED, ApplicationState.REVIEWED),
            Action.DISBURSE, Set.of(ApplicationState.APPROVED),
            Action.UPDATE, Set.of(ApplicationState.DRAFT));

    /** Where each step goes. */
    static final Map<Action, ApplicationState> TO = Map.of(
            Action.CREATE, ApplicationState.DRAFT,
            Action.SUBMIT, ApplicationState.SUBMITTED,
            Action.REVIEW, ApplicationState.REVIEWED,
            Action.RETURN, ApplicationState.DRAFT,
            Action.APPROVE, ApplicationState.APPROVED,
            Action.REJECT, ApplicationState.REJECTED,
            Action.DISBURSE, ApplicationState.DISBURSED,
            Action.UPDATE, ApplicationState.DRAFT);

    private static final Map<Action, String> VERB = Map.of(Action.SUBMIT, "提交", Action.REVIEW, "审核", Action.RETURN, "退回",
            Action.APPROVE, "批准", Action.REJECT, "驳回", Action.DISBURSE, "登记发放", Action.UPDATE, "修改");

    private static final Map<Action, Step> DUTY = Map.of(Action.SUBMIT, Step.SUBMIT, Action.REVIEW, Step.REVIEW, Action.RETURN, Step.RETURN,
            Action.APPROVE, Step.APPROVE, Action.REJECT, Step.REJECT, Action.DISBURSE, Step.DISBURSE);

    private ApplicationStates() {
    }

    /** Whether the step may be taken from the state. */
    public static boolean allows(Action action, ApplicationState from) {
        return FROM.getOrDefault(action, Set.of()).contains(from);
    }

    /** The state the step leads to. */
    public static ApplicationState target(Action action) {
        ApplicationState to = TO.get(action);
        if (to == null) {
            throw new IllegalArgumentException("not a step: " + action);
        }
        return to;
    }

    /** The duty ({@link SeparationOfDuties}) a workflow step needs, or null for entering. */
    public static Step duty(Action action) {
        return DUTY.get(action);
    }

    /** 409 unless the step may be taken from the state; the message names the states it may be taken from. */
    public static void requireFrom(ApplicationState state, Action action) {
        if (!allows(action, state)) {
            throw new ProblemException(409, "/problems/illegal-transition", "申请当前状态为“" + state.label() + "”,不能" + VERB.get(action)
                    + "(可" + VERB.get(action) + "的状态: " + FROM.get(action).stream().map(ApplicationState::label).sorted()
                            .collect(Collectors.joining("、")) + ")");
        }
    }

    /** 409 unless the version read is the current one. */
    public static void requireVersion(long current, Long read) {
        if (read == null || read != current) {
            throw ProblemException.staleVersion("该申请已被修改(当前版本 " + current + "),请刷新后重试");
        }
    }
}
