package gov.xianan.reform.registry.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Exact shares instead of random draws: for n items and shares p1…pk (summing to 1), exactly
 * round(n·pi) items get category i (the rounding remainder goes to the largest share), in an
 * order shuffled by a seeded random. The generated registry therefore reproduces the seed's
 * percentages to the item, at any size, the same way every time.
 */
final class Quotas {

    private Quotas() {
    }

    static <T> List<T> assign(int n, List<T> categories, double[] shares, Random random) {
        int[] counts = new int[shares.length];
        int assigned = 0;
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            counts[i] = (int) Math.round(n * shares[i]);
            assigned += counts[i];
            if (shares[i] > shares[largest]) {
                largest = i;
            }
        }
        counts[largest] += n - assigned;
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                out.add(categories.get(i));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    /** Exactly {@code k} of {@code n} true, shuffled. */
    static boolean[] exactly(int n, int k, Random random) {
        List<Boolean> flags = assign(n, List.of(true, false), new double[] { (double) k / n, 1 - (double) k / n }, random);
        boolean[] out = new boolean[n];
        int trues = 0;
        for (int i = 0; i < n; i++) {
            out[i] = flags.get(i);
            trues += out[i] ? 1 : 0;
        }
        // rounding can be off by one for tiny n: fix it deterministically
        for (int i = 0; trues != k && i < n; i++) {
            if (trues < k && !out[i]) {
                out[i] = true;
                trues++;
            } else if (trues > k && out[i]) {
                out[i] = false;
                trues--;
            }
        }
        return out;
    }
}
