package gov.xianan.reform.common.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The threshold rule with primary and complementary (secondary) suppression over a set of linked
 * additive tables, after the method of τ-ARGUS and the R package sdcTable: a pure rule, no
 * database, no caller.
 *
 * <p>An answer's figures are <em>cells</em> (a count, keyed by anything) tied by <em>relations</em>
 * ({@code total = part + part + …}): the categories of a breakdown sum to the population they
 * break down, an industry's figure sums over the zones, a year's over the programmes. Tables
 * published by different filters of one endpoint share cells, so they are given here as one set.
 *
 * <ol>
 * <li><b>Primary suppression</b>: a cell counting 1 to {@code threshold − 1} contributors is hidden,
 * and so is every cell the caller marks {@link #hide(Object) sensitive} (a population under the
 * minimum, a money sum of few applications). Zero stays visible: it describes no one.</li>
 * <li><b>Complementary suppression</b>, repeated until nothing changes: a relation with exactly one
 * hidden cell would give it away (total minus the visible cells), so the smallest visible non-zero
 * part is hidden too (the total only when no part is left); and where only parts are hidden, their
 * sum (which the visible cells give away) must reach the threshold, so that the hidden cells
 * cannot be bounded to a small range.</li>
 * <li><b>Audit</b>: the hidden cells are the unknowns of the linear system the relations make; a
 * cell is exactly derivable from the published ones, through any chain of tables, when its unit
 * vector lies in the row space of that system. Each derivable cell gets one more complementary
 * suppression in a relation it belongs to, and the whole is repeated until no hidden cell is
 * derivable (as τ-ARGUS's audit does for linked tables).</li>
 * </ol>
 *
 * Deterministic: the same cells and relations always give the same hidden set, so asking the same
 * question twice reveals nothing new. Ties between candidates go to the cell declared first.
 *
 * @param <K> the cell key
 */
public final class CellSuppression<K> {

    private final Map<K, Long> values = new LinkedHashMap<>();
    private final Map<K, Integer> order = new HashMap<>();
    private final Set<K> sensitive = new LinkedHashSet<>();
    private final List<Relation<K>> relations = new ArrayList<>();

    /** {@code total = Σ parts}. */
    private record Relation<K>(K total, List<K> parts) {
        List<K> members() {
            List<K> all = new ArrayList<>(parts.size() + 1);
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    /** Declares a cell and its value (a count of contributors, never negative). */
    public CellSuppression<K> cell(K key, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative cell " + key);
        }
        if (values.put(key, value) == null) {
            order.put(key, order.size());
        }
        return this;
    }

    /** Marks a declared cell for primary suppression whatever its value. */
    public CellSuppression<K> hide(K key) {
        require(key);
        sensitive.add(key);
        return this;
    }

    /** Declares {@code total = Σ parts} between declared cells. */
    public CellSuppression<K> relation(K total, Collection<K> parts) {
        require(total);
        parts.forEach(this::require);
        relations.add(new Relation<>(total, List.copyOf(parts)));
        return this;
    }

    public long value(K key) {
        return values.get(require(key));
    }

    private K require(K key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("undeclared cell " + key);
        }
        return key;
    }

    /** The hidden cells under the threshold rule: primary, then complementary suppression until the audit passes. */
    public Set<K> suppress(int threshold) {
        Set<K> hidden = new LinkedHashSet<>();
        values.forEach((k, v) -> {
            if (v >= 1 && v < threshold) {
                hidden.add(k);
            }
        });
        hidden.addAll(sensitive);
        while (true) {
            boolean changed = false;
            for (Relation<K> r : relations) {
                if (needsMore(r, hidden, threshold)) {
                    changed |= hideCandidate(r, hidden);
                }
            }
            if (changed) {
                continue;
            }
            Set<K> derivable = derivable(hidden);
            for (K cell : derivable) {
                for (Relation<K> r : relations) {
                    if (r.members().contains(cell) && hideCandidate(r, hidden)) {
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                return hidden;
            }
        }
    }

    /** One hidden cell alone, or hidden parts whose known sum is under the threshold. */
    private boolean needsMore(Relation<K> r, Set<K> hidden, int threshold) {
        int count = 0;
        long sum = 0;
        for (K k : r.members()) {
            if (hidden.contains(k)) {
                count++;
                sum += values.get(k);
            }
        }
        if (count == 0) {
            return false;
        }
        if (count == 1) {
            return true;
        }
        return !hidden.contains(r.total()) && sum < threshold;
    }

    /** Hides the cheapest visible cell of the relation: the smallest non-zero part, else the total, else a zero. */
    private boolean hideCandidate(Relation<K> r, Set<K> hidden) {
        Comparator<K> cheapest = Comparator.<K>comparingLong(values::get).thenComparingInt(order::get);
        K part = r.parts().stream().filter(k -> !hidden.contains(k) && values.get(k) > 0).min(cheapest).orElse(null);
        if (part == null && !hidden.contains(r.total())) {
            part = r.total();
        }
        if (part == null) {
            part = r.parts().stream().filter(k -> !hidden.contains(k)).min(cheapest).orElse(null);
        }
        return part != null && hidden.add(part);
    }

    /**
     * The hidden cells whose value follows exactly from the visible cells and the relations: those
     * whose unit vector is in the row space of the relations restricted to the hidden cells (reduced
     * row echelon form; a pivot row with no other non-zero entry pins its cell).
     */
    public Set<K> derivable(Set<K> hidden) {
        List<K> unknowns = new ArrayList<>(hidden);
        Map<K, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (Relation<K> r : relations) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            Integer t = column.get(r.total());
            if (t != null) {
                row[t] -= 1;
                any = true;
            }
            for (K p : r.parts()) {
                Integer c = column.get(p);
                if (c != null) {
                    row[c] += 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int n = unknowns.size();
        int[] pivotOfRow = new int[m.length];
        int rank = 0;
        for (int col = 0; col < n && rank < m.length; col++) {
            int best = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > EPSILON && (best < 0 || Math.abs(m[i][col]) > Math.abs(m[best][col]))) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            double p = m[rank][col];
            for (int j = col; j < n; j++) {
                m[rank][j] /= p;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > EPSILON) {
                    double f = m[i][col];
                    for (int j = col; j < n; j++) {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        Set<K> pinned = new LinkedHashSet<>();
        for (int i = 0; i < rank; i++) {
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = j == pivotOfRow[i] || Math.abs(m[i][j]) <= EPSILON;
            }
            if (alone) {
                pinned.add(unknowns.get(pivotOfRow[i]));
            }
        }
        return pinned;
    }

    private static final double EPSILON = 1e-9;
}
