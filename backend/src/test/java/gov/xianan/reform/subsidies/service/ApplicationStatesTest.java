package gov.xianan.reform.subsidies.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Step;

/** The application's state table, without Quarkus: every step from every state. */
class ApplicationStatesTest {

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(textBlock = """
            # step,   legal from,           goes to
            UPDATE,   DRAFT,                DRAFT
            SUBMIT,   DRAFT,                SUBMITTED
            REVIEW,   SUBMITTED,            REVIEWED
            RETURN,   SUBMITTED REVIEWED,   DRAFT
            APPROVE,  REVIEWED,             APPROVED
            REJECT,   SUBMITTED REVIEWED,   REJECTED
            DISBURSE, APPROVED,             DISBURSED
            """)
    void eachStepLeavesFromItsStatesOnlyAndGoesToOne(Action action, String legal, ApplicationState to) {
        Set<ApplicationState> from = EnumSet.noneOf(ApplicationState.class);
        for (String s : legal.split(" ")) {
            from.add(ApplicationState.valueOf(s));
        }
        for (ApplicationState state : ApplicationState.values()) {
            assertThat(ApplicationStates.allows(action, state)).as("%s from %s", action, state).isEqualTo(from.contains(state));
        }
        assertThat(ApplicationStates.target(action)).isEqualTo(to);
    }

    @Test
    void endStatesAllowNoStep() {
        for (Action action : Action.values()) {
            assertThat(ApplicationStates.allows(action, ApplicationState.REJECTED)).as("%s from REJECTED", action).isFalse();
            assertThat(ApplicationStates.allows(action, ApplicationState.DISBURSED)).as("%s from DISBURSED", action).isFalse();
        }
    }

    @Test
    void anIllegalStepIsA409NamingTheStatesItMayBeTakenFrom() {
        assertThatThrownBy(() -> ApplicationStates.requireFrom(ApplicationState.DRAFT, Action.APPROVE))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.type()).isEqualTo("/problems/illegal-transition");
                    assertThat(e.getMessage()).contains("草稿").contains("不能批准").contains("已审核");
                });
        assertThatThrownBy(() -> ApplicationStates.requireFrom(ApplicationState.APPROVED, Action.REJECT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("已批准").contains("不能驳回").contains("已审核、已提交"));
        ApplicationStates.requireFrom(ApplicationState.REVIEWED, Action.APPROVE);
    }

    @Test
    void onlyTheCurrentVersionPasses() {
        ApplicationStates.requireVersion(3, 3L);
        assertThatThrownBy(() -> ApplicationStates.requireVersion(3, 2L))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> ApplicationStates.requireVersion(0, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void eachWorkflowStepNeedsItsDuty() {
        assertThat(ApplicationStates.duty(Action.SUBMIT)).isEqualTo(Step.SUBMIT);
        assertThat(ApplicationStates.duty(Action.REVIEW)).isEqualTo(Step.REVIEW);
        assertThat(ApplicationStates.duty(Action.RETURN)).isEqualTo(Step.RETURN);
        assertThat(ApplicationStates.duty(Action.APPROVE)).isEqualTo(Step.APPROVE);
        assertThat(ApplicationStates.duty(Action.REJECT)).isEqualTo(Step.REJECT);
        assertThat(ApplicationStates.duty(Action.DISBURSE)).isEqualTo(Step.DISBURSE);
        assertThat(ApplicationStates.duty(Action.UPDATE)).isNull();
    }
}
