package gov.xianan.reform.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The competition's stages, without Quarkus: one step forward at a time, in the seed's order. */
class CompetitionStageTest {

    @Test
    void eachStageHasOneNextUntilClosed() {
        assertThat(CompetitionStage.REGISTRATION.next()).isEqualTo(CompetitionStage.REVIEW);
        assertThat(CompetitionStage.REVIEW.next()).isEqualTo(CompetitionStage.SCORING);
        assertThat(CompetitionStage.SCORING.next()).isEqualTo(CompetitionStage.PUBLICATION);
        assertThat(CompetitionStage.PUBLICATION.next()).isEqualTo(CompetitionStage.CLOSED);
        assertThat(CompetitionStage.CLOSED.next()).isNull();
    }

    @Test
    void atLeastFollowsTheOrder() {
        assertThat(CompetitionStage.SCORING.atLeast(CompetitionStage.REVIEW)).isTrue();
        assertThat(CompetitionStage.SCORING.atLeast(CompetitionStage.SCORING)).isTrue();
        assertThat(CompetitionStage.SCORING.atLeast(CompetitionStage.PUBLICATION)).isFalse();
        assertThat(CompetitionStage.REGISTRATION.atLeast(CompetitionStage.CLOSED)).isFalse();
    }

    @Test
    void theStagesHaveTheSeedsLabels() {
        assertThat(CompetitionStage.values()).extracting(CompetitionStage::label).containsExactly("报名", "资格审核", "评分", "公示", "结束");
    }
}
