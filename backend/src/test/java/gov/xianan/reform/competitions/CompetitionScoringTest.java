package gov.xianan.reform.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.competitions.service.Scoring;
import gov.xianan.reform.competitions.service.Scoring.Contestant;
import gov.xianan.reform.competitions.service.Scoring.Item;
import gov.xianan.reform.competitions.service.Scoring.Result;

/** The scoring arithmetic on its own: weights, dropping high and low, averages, outliers, ties. */
class CompetitionScoringTest {

    static final Item THEORY = new Item(1, new BigDecimal("30"));
    static final Item PRACTICE = new Item(2, new BigDecimal("70"));
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    /** marks[judge][contestant] = {theory, practice}. */
    private static Map<Long, Map<Long, Map<Long, BigDecimal>>> marks(double[][][] m) {
        Map<Long, Map<Long, Map<Long, BigDecimal>>> out = new HashMap<>();
        for (int j = 0; j < m.length; j++) {
            for (int c = 0; c < m[j].length; c++) {
                if (m[j][c] == null) {
                    continue;
                }
                out.computeIfAbsent((long) j + 1, k -> new HashMap<>()).put((long) c + 1,
                        Map.of(1L, BigDecimal.valueOf(m[j][c][0]), 2L, BigDecimal.valueOf(m[j][c][1])));
            }
        }
        return out;
    }

    private static List<Long> judges(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<Contestant> contestants(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new Contestant(i, T0.plusSeconds(i))).toList();
    }

    private static Result of(List<Result> results, long id) {
        return results.stream().filter(r -> r.contestantId() == id).findFirst().orElseThrow();
    }

    @Test
    void aJudgesTotalIsTheWeightedSumOfTheItems() {
        // 0.3 × 60 + 0.7 × 90 = 81
        List<Result> r = Scoring.rank(List.of(THEORY, PRACTICE), judges(1), contestants(1), marks(new double[][][] { { { 60, 90 } } }));
        assertThat(r.get(0).totals().get(0).total()).isEqualByComparingTo("81.00");
        assertThat(r.get(0).finalScore()).isEqualByComparingTo("81.00");
        assertThat(r.get(0).dropped()).isFalse();
    }

    @Test
    void withFiveJudgesTheHighestAndLowestAreDropped() {
        // totals (theory = practice): 70, 80, 82, 84, 99 → drop 70 and 99 → (80 + 82 + 84) / 3 = 82
        double[][][] m = { { { 70, 70 } }, { { 80, 80 } }, { { 82, 82 } }, { { 84, 84 } }, { { 99, 99 } } };
        Result r = Scoring.rank(List.of(THEORY, PRACTICE), judges(5), contestants(1), marks(m)).get(0);
        assertThat(r.dropped()).isTrue();
        assertThat(r.judgesCounted()).isEqualTo(5);
        assertThat(r.finalScore()).isEqualByComparingTo("82.00");
    }

    @Test
    void withThreeJudgesAllAreAveraged() {
        // 70, 80, 91 → 80.33
        double[][][] m = { { { 70, 70 } }, { { 80, 80 } }, { { 91, 91 } } };
        Result r = Scoring.rank(List.of(THEORY, PRACTICE), judges(3), contestants(1), marks(m)).get(0);
        assertThat(r.dropped()).isFalse();
        assertThat(r.finalScore()).isEqualByComparingTo("80.33");
    }

    @Test
    void anIncompleteSheetDoesNotCount() {
        Map<Long, Map<Long, Map<Long, BigDecimal>>> m = marks(new double[][][] { { { 80, 80 } }, { { 60, 60 } } });
        m.get(2L).put(1L, Map.of(1L, BigDecimal.valueOf(60))); // judge 2 marked theory only
        Result r = Scoring.rank(List.of(THEORY, PRACTICE), judges(2), contestants(1), m).get(0);
        assertThat(r.judgesCounted()).isEqualTo(1);
        assertThat(r.finalScore()).isEqualByComparingTo("80.00");
    }

    @Test
    void aJudgeFarFromTheOthersIsFlagged() {
        // others 80, 82, 81 (median 81); 60 is 21 points away (> 15)
        double[][][] m = { { { 80, 80 } }, { { 82, 82 } }, { { 81, 81 } }, { { 60, 60 } } };
        Result r = Scoring.rank(List.of(THEORY, PRACTICE), judges(4), contestants(1), marks(m)).get(0);
        assertThat(r.totals()).filteredOn(t -> t.flagged()).extracting(t -> t.judgeId()).containsExactly(4L);
        assertThat(r.totals().stream().filter(t -> t.judgeId() == 4).findFirst().get().flagReason()).contains("超过 15 分");
    }

    @Test
    void aJudgeMoreThanTwoDeviationsAwayIsFlaggedEvenWithinFifteenPoints() {
        // others 80, 81, 80, 81 (median 80.5, sd 0.5); 90 is 9.5 away > 2 × 0.5
        double[][][] m = { { { 80, 80 } }, { { 81, 81 } }, { { 80, 80 } }, { { 81, 81 } }, { { 90, 90 } } };
        Result r = Scoring.rank(List.of(THEORY, PRACTICE), judges(5), contestants(1), marks(m)).get(0);
        assertThat(r.totals()).filteredOn(t -> t.flagged()).extracting(t -> t.judgeId()).containsExactly(5L);
        assertThat(r.totals().stream().filter(t -> t.judgeId() == 5).findFirst().get().flagReason()).contains("标准差");
    }

    @Test
    void tiesAreBrokenByThePracticeScoreThenByRegistration() {
        // contestant 1: theory 90, practice 80 → 83; contestant 2: theory 76.67.., use exact values:
        // c1: 0.3×90 + 0.7×80 = 83.0; c2: 0.3×62 + 0.7×92 = 83.0 (higher practice → first)
        // c3: same marks as c1 but registered later → after c1
        double[][][] m = { { { 90, 80 }, { 62, 92 }, { 90, 80 } } };
        List<Result> r = Scoring.rank(List.of(THEORY, PRACTICE), judges(1), contestants(3), marks(m));
        assertThat(r).extracting(Result::contestantId).containsExactly(2L, 1L, 3L);
        assertThat(r).extracting(Result::rank).containsExactly(1, 2, 3);
        assertThat(r).extracting(Result::tied).containsOnly(false);
    }

    @Test
    void everythingEqualSharesARankAndTheNextRankIsSkipped() {
        double[][][] m = { { { 90, 90 }, { 80, 80 }, { 80, 80 }, { 70, 70 } } };
        List<Contestant> cs = List.of(new Contestant(1, T0), new Contestant(2, T0.plusSeconds(5)), new Contestant(3, T0.plusSeconds(5)),
                new Contestant(4, T0.plusSeconds(9)));
        List<Result> r = Scoring.rank(List.of(THEORY, PRACTICE), judges(1), cs, marks(m));
        assertThat(r).extracting(Result::rank).containsExactly(1, 2, 2, 4);
        assertThat(of(r, 2).tied()).isTrue();
        assertThat(of(r, 3).tied()).isTrue();
        assertThat(of(r, 4).tied()).isFalse();
    }

    @Test
    void unscoredContestantsHaveNoRankAndComeLast() {
        double[][][] m = { { null, { 70, 70 } } };
        List<Result> r = Scoring.rank(List.of(THEORY, PRACTICE), judges(1), contestants(2), marks(m));
        assertThat(r).extracting(Result::contestantId).containsExactly(2L, 1L);
        assertThat(of(r, 1).rank()).isNull();
        assertThat(of(r, 1).finalScore()).isNull();
    }
}
