package gov.xianan.reform.common.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The threshold rule with complementary suppression, as plain rules: no Quarkus, no database. */
class CellSuppressionTest {

    private static final int T = DisclosurePolicy.THRESHOLD;

    /** One table: total = a + b + c + d. */
    private static CellSuppression<String> table(long a, long b, long c, long d) {
        return new CellSuppression<String>().cell("total", a + b + c + d).cell("a", a).cell("b", b).cell("c", c).cell("d", d)
                .relation("total", List.of("a", "b", "c", "d"));
    }

    @Test
    void cellsOfOneToFourAreHiddenAndZeroAndFiveStay() {
        // 3 and 4 hidden (their sum 7 passes the threshold, so no third cell is needed); 0 and 5 stay
        Set<String> hidden = table(0, 5, 3, 4).suppress(T);
        assertThat(hidden).containsExactlyInAnyOrder("c", "d");
    }

    @Test
    void oneHiddenCellForcesASecondSoThatTotalMinusVisibleGivesNothingAway() {
        // c = 3 alone would be 48 - 0 - 5 - 40; the next smallest non-zero cell (b = 5) goes with it
        assertThat(table(0, 5, 3, 40).suppress(T)).containsExactlyInAnyOrder("c", "b");
        // the smallest is chosen, not the first
        assertThat(table(30, 20, 2, 40).suppress(T)).containsExactlyInAnyOrder("c", "b");
    }

    @Test
    void hiddenCellsOfATableSumToAtLeastTheThreshold() {
        // 1 and 2 hidden: total minus the visible cells says they make 3, so each is at most 3 — too tight
        Set<String> hidden = table(1, 2, 30, 40).suppress(T);
        assertThat(hidden).containsExactlyInAnyOrder("a", "b", "c");
        long sum = hidden.stream().mapToLong(table(1, 2, 30, 40)::value).sum();
        assertThat(sum).isGreaterThanOrEqualTo(T);
        // 3 and 4 hidden together already make 7
        assertThat(table(3, 4, 30, 40).suppress(T)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSmallTotalIsHiddenWithItsSmallParts() {
        Set<String> hidden = table(0, 3, 0, 0).suppress(T);
        assertThat(hidden).containsExactlyInAnyOrder("total", "b");
    }

    @Test
    void aSensitiveCellIsHiddenWhateverItsValueAndProtectedLikeASmallOne() {
        CellSuppression<String> t = table(12, 20, 30, 40);
        t.hide("a");
        assertThat(t.suppress(T)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void noCellIsHiddenWhenNothingIsSmall() {
        assertThat(table(10, 20, 30, 40).suppress(T)).isEmpty();
    }

    @Test
    void linkedTablesAreProtectedTogether() {
        // two zones of one industry: zone A has 3 women; the district (both zones) and zone B show theirs
        CellSuppression<String> t = new CellSuppression<>();
        for (String z : List.of("A", "B", "all")) {
            t.cell(z + ":total", z.equals("A") ? 30 : z.equals("B") ? 60 : 90);
            t.cell(z + ":women", z.equals("A") ? 3 : z.equals("B") ? 20 : 23);
            t.cell(z + ":men", z.equals("A") ? 27 : z.equals("B") ? 40 : 67);
            t.relation(z + ":total", List.of(z + ":women", z + ":men"));
        }
        for (String m : List.of("total", "women", "men")) {
            t.relation("all:" + m, List.of("A:" + m, "B:" + m));
        }
        Set<String> hidden = t.suppress(T);
        assertThat(hidden).contains("A:women", "A:men");
        // the district minus zone B would give zone A's women back: one of them is hidden too
        assertThat(hidden).containsAnyOf("all:women", "B:women");
        assertThat(t.derivable(hidden)).isEmpty();
    }

    /**
     * A 4 x 4 table with margins whose small cells make two closed cycles joined by one cell: every
     * row and column holds two hidden cells or none, yet the joining cell is the difference of two
     * row totals and two column totals. The audit finds it and the rule hides more.
     */
    @Test
    void theAuditFindsACellDerivableThroughSeveralRelationsAndHidesMore() {
        long[][] v = { { 3, 4, 50, 60 }, { 4, 3, 3, 70 }, { 80, 90, 4, 3 }, { 60, 70, 3, 4 } };
        CellSuppression<String> t = new CellSuppression<>();
        for (int r = 0; r < 4; r++) {
            long sum = 0;
            for (int c = 0; c < 4; c++) {
                t.cell(r + "," + c, v[r][c]);
                sum += v[r][c];
            }
            t.cell(r + ",+", sum);
        }
        long all = 0;
        for (int c = 0; c < 4; c++) {
            long sum = 0;
            for (int r = 0; r < 4; r++) {
                sum += v[r][c];
            }
            t.cell("+," + c, sum);
            all += sum;
        }
        t.cell("+,+", all);
        for (int r = 0; r < 4; r++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                parts.add(r + "," + c);
            }
            t.relation(r + ",+", parts);
        }
        for (int c = 0; c < 4; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                parts.add(r + "," + c);
            }
            t.relation("+," + c, parts);
        }
        t.relation("+,+", List.of("0,+", "1,+", "2,+", "3,+"));
        t.relation("+,+", List.of("+,0", "+,1", "+,2", "+,3"));

        Set<String> primary = new LinkedHashSet<>(List.of("0,0", "0,1", "1,0", "1,1", "1,2", "2,2", "2,3", "3,2", "3,3"));
        assertThat(t.derivable(primary)).as("the joining cell 1,2 is rows 0-1 minus columns 0-1").containsExactly("1,2");
        Set<String> hidden = t.suppress(T);
        assertThat(hidden).containsAll(primary).hasSizeGreaterThan(primary.size());
        assertThat(t.derivable(hidden)).isEmpty();
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameAnswer() {
        assertThat(table(2, 9, 9, 40).suppress(T)).containsExactly("a", "b");
        assertThat(table(2, 9, 9, 40).suppress(T)).containsExactly("a", "b");
    }
}
