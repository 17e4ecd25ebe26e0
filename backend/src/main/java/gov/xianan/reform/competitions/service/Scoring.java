package gov.xianan.reform.competitions.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring arithmetic, free of persistence so that it can be read and tested on its own.
 *
 * <ul>
 * <li>A judge's total for a contestant is the weighted mean of the item marks, Σ(weight × mark) / Σ weight;
 * with weights summing to 100 (or 1) this is the weighted sum. Only complete sheets (every item marked)
 * count.</li>
 * <li>The final score drops the single highest and the single lowest judge total when at least five
 * judges count, and averages the rest; with fewer than five it averages them all. It is rounded to two
 * decimals (half up) and ranks are decided on the rounded value.</li>
 * <li>A judge total is flagged for review when it is more than 15 points, or more than two (population)
 * standard deviations, away from the median of the other judges' totals (needs at least two others).</li>
 * <li>Ties: equal final score → the higher average mark on the most-weighted item (practice, usually)
 * → the earlier registration. Contestants share a rank only when all three are equal; ranks then skip
 * (1, 1, 3).</li>
 * </ul>
 */
public final class Scoring {

    /** Judges at or above which the highest and lowest totals are dropped. */
    public static final int DROP_FROM_JUDGES = 5;
    public static final BigDecimal OUTLIER_POINTS = new BigDecimal("15");

    public static final String RULE = "最终得分:每位评委按各评分项目加权计算总分(Σ权重×分数/Σ权重);评委不少于 5 人时去掉一个最高分和一个最低分后取平均,"
            + "少于 5 人时取平均,保留两位小数。评委总分与其他评委总分中位数相差超过 15 分或超过 2 个标准差时标记复核。"
            + "并列处理:最终得分相同者,比较权重最高评分项目的平均分,高者在前;仍相同者,报名时间早者在前;三者均相同者名次并列(其后名次顺延)。";

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Scoring() {
    }

    public record Item(long id, BigDecimal weight) {
    }

    public record Contestant(long id, Instant registeredAt) {
    }

    /** A judge's total for one contestant, with the outlier flag. */
    public record JudgeTotal(long judgeId, BigDecimal total, boolean flagged, String flagReason) {
    }

    public record Result(long contestantId, List<JudgeTotal> totals, BigDecimal finalScore, BigDecimal keyItemScore, int judgesCounted,
            boolean dropped, Integer rank, boolean tied) {
    }

    /** marks: judgeId → contestantId → itemId → mark. */
    public static List<Result> rank(List<Item> items, List<Long> judges, List<Contestant> contestants,
            Map<Long, Map<Long, Map<Long, BigDecimal>>> marks) {
        BigDecimal weightSum = items.stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Item key = items.stream().max(Comparator.comparing(Item::weight)).orElse(null);
        // max() keeps the last of equal weights; the first listed item should win a tie of weights
        if (key != null) {
            BigDecimal top = key.weight();
            key = items.stream().filter(i -> i.weight().compareTo(top) == 0).findFirst().orElse(key);
        }
        List<Result> results = new ArrayList<>();
        for (Contestant c : contestants) {
            List<Long> order = new ArrayList<>();
            Map<Long, BigDecimal> totals = new HashMap<>();
            List<BigDecimal> keyMarks = new ArrayList<>();
            for (Long judge : judges) {
                Map<Long, BigDecimal> sheet = marks.getOrDefault(judge, Map.of()).getOrDefault(c.id(), Map.of());
                if (items.isEmpty() || !sheet.keySet().containsAll(items.stream().map(Item::id).toList())) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (Item i : items) {
                    sum = sum.add(i.weight().multiply(sheet.get(i.id())));
                }
                totals.put(judge, sum.divide(weightSum, MC));
                order.add(judge);
                keyMarks.add(sheet.get(key.id()));
            }
            List<JudgeTotal> judgeTotals = new ArrayList<>();
            for (long judge : order) {
                BigDecimal t = totals.get(judge);
                List<BigDecimal> others = totals.entrySet().stream().filter(e -> e.getKey() != judge).map(Map.Entry::getValue).toList();
                String reason = outlier(t, others);
                judgeTotals.add(new JudgeTotal(judge, round(t), reason != null, reason));
            }
            List<BigDecimal> values = new ArrayList<>(totals.values());
            values.sort(Comparator.naturalOrder());
            boolean drop = values.size() >= DROP_FROM_JUDGES;
            List<BigDecimal> counted = drop ? values.subList(1, values.size() - 1) : values;
            BigDecimal finalScore = counted.isEmpty() ? null : round(mean(counted));
            BigDecimal keyScore = keyMarks.isEmpty() ? null : round(mean(keyMarks));
            results.add(new Result(c.id(), judgeTotals, finalScore, keyScore, values.size(), drop, null, false));
        }
        Map<Long, Instant> registered = new HashMap<>();
        contestants.forEach(c -> registered.put(c.id(), c.registeredAt()));
        Comparator<Result> byScore = Comparator.comparing(Result::finalScore, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed();
        Comparator<Result> byKey = Comparator.comparing(Result::keyItemScore, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed();
        Comparator<Result> byRegistration = Comparator.comparing(r -> registered.get(r.contestantId()));
        Comparator<Result> tieRule = byScore.thenComparing(byKey).thenComparing(byRegistration);
        results.sort(tieRule.thenComparing(Result::contestantId));
        List<Result> ranked = new ArrayList<>();
        Result previous = null;
        int previousRank = 0;
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (r.finalScore() == null) {
                ranked.add(r);
                continue;
            }
            boolean tied = previous != null && tieRule.compare(previous, r) == 0;
            int rank = tied ? previousRank : i + 1;
            ranked.add(new Result(r.contestantId(), r.totals(), r.finalScore(), r.keyItemScore(), r.judgesCounted(), r.dropped(), rank, tied));
            if (tied) {
                Result p = ranked.get(ranked.size() - 2);
                ranked.set(ranked.size() - 2, new Result(p.contestantId(), p.totals(), p.finalScore(), p.keyItemScore(), p.judgesCounted(),
                        p.dropped(), p.rank(), true));
            }
            previous = r;
            previousRank = rank;
        }
        return ranked;
    }

    /** Why a total stands out from the others, or null. */
    static String outlier(BigDecimal total, List<BigDecimal> others) {
        if (others.size() < 2) {
            return null;
        }
        BigDecimal median = median(others);
        BigDecimal diff = total.subtract(median).abs();
        if (diff.compareTo(OUTLIER_POINTS) > 0) {
            return "与其他评委中位数 " + round(median).toPlainString() + " 相差 " + round(diff).toPlainString() + " 分(超过 15 分)";
        }
        BigDecimal sd = sd(others);
        if (sd.signum() > 0 && diff.compareTo(sd.multiply(TWO)) > 0) {
            return "与其他评委中位数 " + round(median).toPlainString() + " 相差 " + round(diff).toPlainString() + " 分(超过 2 个标准差 "
                    + round(sd).toPlainString() + ")";
        }
        return null;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> s = new ArrayList<>(values);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(TWO, MC);
    }

    static BigDecimal sd(List<BigDecimal> values) {
        BigDecimal m = mean(values);
        BigDecimal var = values.stream().map(v -> v.subtract(m).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MC);
        return var.sqrt(MC);
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
