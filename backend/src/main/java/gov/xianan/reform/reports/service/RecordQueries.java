package gov.xianan.reform.reports.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.reports.AnnualReview.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads department records ({@code department_record}) by type code and field name, for the
 * review: counts and sums over a period, with conditions on fields. Knows no type definition, so a
 * type added later (model-worker-stories, party-member-development, labour-disputes,
 * safety-inspections) is read as soon as it has records; an unknown type simply has none.
 * Field names and values are bound as parameters, never spliced into the SQL.
 */
@ApplicationScoped
public class RecordQueries {

    /** At most this many ids are listed in a source (the count says how many rows there were). */
    static final int MAX_IDS = 200;

    @Inject
    EntityManager em;

    /** A condition on a field: {@code fields ->> field <op> value} compared as text (ISO dates and codes compare correctly). */
    public record Where(String field, String op, String value) {
        public Where {
            if (!List.of("=", "<=", ">=").contains(op)) {
                throw new IllegalArgumentException(op);
            }
        }

        public static Where eq(String field, String value) {
            return new Where(field, "=", value);
        }

        public static Where atMost(String field, String value) {
            return new Where(field, "<=", value);
        }
    }

    /** The answer: how many records, the sum of the field asked (0 when none), their ids, and the source describing the query. */
    public record Agg(long count, BigDecimal sum, List<Long> ids, Source source) {
        public long total() {
            return sum.longValue();
        }
    }

    /** Records of {@code type} dated from..to (record_date), with the conditions; {@code sumField} null for a count only. */
    public Agg query(String type, String sumField, LocalDate from, LocalDate to, String what, Where... where) {
        return query(type, null, sumField, from, to, what, where);
    }

    /** The same, for the records one department owns ({@code ownerCode}; null: every department's). */
    public Agg query(String type, String ownerCode, String sumField, LocalDate from, LocalDate to, String what, Where... where) {
        List<Object> params = new ArrayList<>(List.of(type, from, to));
        String summed = "0";
        if (sumField != null) {
            params.add(sumField);
            summed = "coalesce(sum((fields ->> ?4)::numeric), 0)";
        }
        StringBuilder sql = new StringBuilder("select count(*), " + summed + ", (array_agg(id order by id))[1:" + MAX_IDS + "] "
                + "from department_record where record_type = ?1 and record_date between ?2 and ?3");
        if (ownerCode != null) {
            params.add(ownerCode);
            sql.append(" and owner_department_id = (select id from department where code = ?").append(params.size()).append(')');
        }
        for (Where w : where) {
            sql.append(" and fields ->> ?").append(params.size() + 1).append(' ').append(w.op()).append(" ?").append(params.size() + 2);
            params.add(w.field());
            params.add(w.value());
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        long count = ((Number) row[0]).longValue();
        BigDecimal sum = new BigDecimal(row[1].toString());
        List<Long> ids = new ArrayList<>();
        if (row[2] instanceof Object[] array) {
            for (Object o : array) {
                ids.add(((Number) o).longValue());
            }
        } else if (row[2] instanceof java.sql.Array array) {
            try {
                for (Object o : (Object[]) array.getArray()) {
                    ids.add(((Number) o).longValue());
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder d = new StringBuilder("department_record ").append(type).append(", ").append(period(from, to));
        if (ownerCode != null) {
            d.append(", owner ").append(ownerCode);
        }
        for (Where w : where) {
            d.append(", ").append(w.field()).append(' ').append(w.op()).append(' ').append(w.value());
        }
        if (what != null) {
            d.append(", ").append(what);
        }
        d.append(", ").append(count).append(" 条");
        if (sumField != null) {
            d.append(", ").append(sumField).append(" 合计 ").append(sum.stripTrailingZeros().toPlainString());
        }
        return new Agg(count, sum, List.copyOf(ids), new Source("record", type, List.copyOf(ids), count, d.toString()));
    }

    static String period(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
            return from.getYear() == to.getYear() ? from.getYear() + "" : from.getYear() + "–" + to.getYear();
        }
        return from + "–" + to;
    }
}
