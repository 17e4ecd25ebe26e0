package gov.xianan.reform.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.indicators.Indicator;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The competitions' live indicators count held (published or closed) competitions of the year. */
@QuarkusTest
class CompetitionIndicatorsTest {

    @Inject
    Db db;

    @Inject
    @Any
    Instance<Indicator> indicators;

    private long competition(String stage, int year) {
        return Long.parseLong(db.string("insert into competition (kind, name, year, department_id, occupation, level, start_date, end_date, stage, places, "
                + "publication_days) values ('SKILL_CONTEST', '指标测试', ?, (select id from department where code = 'hrss'), '机电维修', 'DISTRICT', ?, ?, ?, 10, 7) "
                + "returning id", year, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2), stage));
    }

    private long participant(long competition, String status) {
        long e = CompetitionFixtures.enterprise(db, "指标测试公司");
        long w = CompetitionFixtures.worker(db, "指标工人", e);
        return Long.parseLong(db.string("insert into competition_participant (competition_id, worker_id, enterprise_id, status, registered_at, registered_by) "
                + "values (?, ?, ?, ?, ?, 'test') returning id", competition, w, e, status, java.sql.Timestamp.from(Instant.now())));
    }

    @Test
    void theFourIndicatorsCountTheYear() {
        int year = 2034;
        long closed = competition("CLOSED", year);
        long p1 = participant(closed, "ACCEPTED");
        participant(closed, "ACCEPTED");
        participant(closed, "REFUSED");
        db.execute("insert into competition_award (competition_id, participant_id, grade, rank, skill_raise, skill_raised_from, skill_raised_to) "
                + "values (?, ?, 'FIRST', 1, true, 'INTERMEDIATE', 'SENIOR')", closed, p1);
        long scoring = competition("SCORING", year); // not held yet
        participant(scoring, "ACCEPTED");

        Map<String, Indicator> byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, i -> i));
        java.util.function.BiFunction<String, Integer, BigDecimal> value = (code, y) -> QuarkusTransaction.requiringNew().call(() -> byCode.get(code).value(y));
        assertThat(byCode).containsKeys("competitions.held", "competitions.participants", "competitions.awards", "competitions.skill-raises");
        assertThat(value.apply("competitions.held", year)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(value.apply("competitions.participants", year)).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(value.apply("competitions.awards", year)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(value.apply("competitions.skill-raises", year)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(value.apply("competitions.held", year + 1)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(byCode.values()).filteredOn(i -> i.code().startsWith("competitions.")).hasSize(4).allMatch(i -> i.perYear() && !i.label().isBlank() && !i.unit().isBlank());
    }
}
