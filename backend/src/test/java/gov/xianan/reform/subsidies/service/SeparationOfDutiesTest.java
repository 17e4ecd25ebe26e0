package gov.xianan.reform.subsidies.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import gov.xianan.reform.subsidies.service.SeparationOfDuties.Caller;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Parts;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Step;

/**
 * The four-eyes rule as a table, without Quarkus. The application in every row was entered by
 * {@code clerk} (with evidence attached by {@code helper}), submitted by {@code sender}, reviewed by
 * {@code checker}; {@code other} has had no hand in it; {@code service-account-hr-system} is another
 * system's service account.
 */
class SeparationOfDutiesTest {

    static final Parts PARTS = new Parts(Set.of("clerk", "helper"), Set.of("sender"), Set.of("checker"));

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource(textBlock = """
            # step,    caller,                    allowed, why
            ENTER,     clerk,                     true,    the enterer keeps entering
            SUBMIT,    clerk,                     true,    the enterer submits
            ENTER,     service-account-hr-system, true,    a system enters
            SUBMIT,    service-account-hr-system, true,    a system submits
            REVIEW,    service-account-hr-system, false,   a system never reviews
            RETURN,    service-account-hr-system, false,   a system never returns
            APPROVE,   service-account-hr-system, false,   a system never approves
            REJECT,    service-account-hr-system, false,   a system never rejects
            DISBURSE,  service-account-hr-system, false,   a system never disburses
            FUNDS,     service-account-hr-system, false,   a system never changes money
            FUNDS,     other,                     true,    a person may (roles and scope decide)
            REVIEW,    clerk,                     false,   the enterer never reviews
            RETURN,    clerk,                     false,   the enterer never returns
            APPROVE,   clerk,                     false,   the enterer never approves
            REJECT,    clerk,                     false,   the enterer never rejects
            DISBURSE,  clerk,                     false,   the enterer never disburses
            REVIEW,    helper,                    false,   who attached evidence entered it
            APPROVE,   helper,                    false,   who attached evidence entered it
            REVIEW,    sender,                    false,   the submitter never reviews
            RETURN,    sender,                    false,   the submitter never returns
            APPROVE,   sender,                    false,   the submitter never approves
            REJECT,    sender,                    false,   the submitter never rejects
            DISBURSE,  sender,                    false,   the submitter never disburses
            REVIEW,    checker,                   true,    the reviewer reviews again after a return
            RETURN,    checker,                   true,    the reviewer may return
            APPROVE,   checker,                   false,   reviewer is not approver
            REJECT,    checker,                   false,   reviewer is not approver
            DISBURSE,  checker,                   false,   reviewer never pays out
            REVIEW,    other,                     true,    a fresh pair of eyes reviews
            RETURN,    other,                     true,    a fresh pair of eyes returns
            APPROVE,   other,                     true,    a fresh pair of eyes approves
            REJECT,    other,                     true,    a fresh pair of eyes rejects
            DISBURSE,  other,                     true,    a fresh pair of eyes disburses
            """)
    void theTable(Step step, String caller, boolean allowed, String why) {
        var refusal = SeparationOfDuties.refusal(step, new Caller(caller, caller.startsWith("service-account-")), PARTS);
        assertThat(refusal.isEmpty()).as(why).isEqualTo(allowed);
        refusal.ifPresent(text -> assertThat(text).as("a reason in words").contains("职责分离", "不能").doesNotContain(caller));
    }

    @ParameterizedTest
    @CsvSource({ "REVIEW", "APPROVE", "DISBURSE" })
    void aServiceAccountIsRefusedEvenOnAnApplicationNobodyTouched(Step step) {
        assertThat(SeparationOfDuties.refusal(step, new Caller("service-account-hr-system", true), Parts.NONE)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({ "REVIEW", "APPROVE", "REJECT", "DISBURSE" })
    void onePersonWhoEnteredSubmittedAndReviewedIsRefusedEveryDecision(Step step) {
        Parts allMine = new Parts(Set.of("solo"), Set.of("solo"), Set.of("solo"));
        assertThat(SeparationOfDuties.refusal(step, new Caller("solo", false), allMine)).isPresent();
    }
}
