package gov.xianan.reform.subsidies.service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Four eyes on money (职责分离), as one pure rule: who may take which step of an application, given
 * who has already had a hand in it. Separate from roles (the resource's {@code @RolesAllowed}) and
 * from scope (the fund's department): those decide whether the caller may act at all, this decides
 * whether this caller may act on this application.
 * <ul>
 * <li>A service account (another government system) enters and submits, nothing else: it never
 * reviews, returns, approves, rejects, disburses or changes money, whatever roles its client holds.</li>
 * <li>Whoever entered the application (created it, changed the draft or attached evidence) or
 * submitted it, in any round, neither reviews, returns, approves, rejects nor disburses it.</li>
 * <li>Whoever reviewed it, in any round, neither approves, rejects nor disburses it.</li>
 * </ul>
 */
public final class SeparationOfDuties {

    /** The steps the rule knows; FUNDS is any change of money outside an application (fund, budget, programme). */
    public enum Step {
        ENTER, SUBMIT, REVIEW, RETURN, APPROVE, REJECT, DISBURSE, FUNDS
    }

    /** Who asks: the login name and whether it is a service account. */
    public record Caller(String username, boolean serviceAccount) {
    }

    /**
     * Who has had a hand in the application so far, over every round.
     *
     * @param enteredBy who created it, changed the draft or attached evidence
     * @param submittedBy who submitted it
     * @param reviewedBy who reviewed it
     */
    public record Parts(Set<String> enteredBy, Set<String> submittedBy, Set<String> reviewedBy) {

        public static final Parts NONE = new Parts(Set.of(), Set.of(), Set.of());
    }

    /** The problem type of every refusal. */
    public static final String PROBLEM_TYPE = "/problems/separation-of-duties";

    private static final Set<Step> SERVICE_ACCOUNT_MAY = EnumSet.of(Step.ENTER, Step.SUBMIT);
    private static final Set<Step> DECISIONS = EnumSet.of(Step.REVIEW, Step.RETURN, Step.APPROVE, Step.REJECT, Step.DISBURSE);
    private static final Set<Step> AFTER_REVIEW = EnumSet.of(Step.APPROVE, Step.REJECT, Step.DISBURSE);

    private static final Map<Step, String> VERB = Map.of(Step.ENTER, "录入", Step.SUBMIT, "提交", Step.REVIEW, "审核", Step.RETURN, "退回",
            Step.APPROVE, "批准", Step.REJECT, "驳回", Step.DISBURSE, "登记发放", Step.FUNDS, "调整资金");

    private SeparationOfDuties() {
    }

    /** Why the caller may not take the step, in words for the user; empty when the step is theirs to take. */
    public static Optional<String> refusal(Step step, Caller caller, Parts parts) {
        if (caller.serviceAccount() && !SERVICE_ACCOUNT_MAY.contains(step)) {
            return Optional.of("服务账号(其他系统)只能录入和提交补贴申请,不能" + VERB.get(step) + "(职责分离)");
        }
        String me = caller.username();
        if (DECISIONS.contains(step)) {
            if (parts.enteredBy().contains(me)) {
                return Optional.of("录入该申请(或修改草稿、上传证明材料)的人员不能" + VERB.get(step) + "该申请(职责分离),请由其他人员办理");
            }
            if (parts.submittedBy().contains(me)) {
                return Optional.of("提交该申请的人员不能" + VERB.get(step) + "该申请(职责分离),请由其他人员办理");
            }
        }
        if (AFTER_REVIEW.contains(step) && parts.reviewedBy().contains(me)) {
            return Optional.of("审核过该申请的人员不能" + VERB.get(step) + "该申请(职责分离:审核人与审批人须为不同人员),请由其他审批人办理");
        }
        return Optional.empty();
    }
}
