package gov.xianan.reform.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.indicators.Indicator;
import gov.xianan.reform.subsidies.demo.SubsidyDemoDataLoaderAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The demo loader on a small demo registry, inside a transaction that is rolled back: the seed's
 * funds, applications in every state, fund figures that add up, and the indicators reading them.
 */
@QuarkusTest
class SubsidyDemoDataTest {

    @Inject
    SubsidyFixtures fx;

    @Inject
    SubsidyDemoDataLoaderAccess loader;

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<Indicator> indicators;

    @Test
    void theDemoDataCarriesTheSeedsFiguresAndAddsUp() {
        // demo funds another test left (the annual review's demo district) would collide with the loader's names
        fx.db().execute("delete from subsidy_application where programme_id in (select p.id from subsidy_programme p join subsidy_fund f on f.id = p.fund_id where f.demo)");
        fx.db().execute("delete from subsidy_programme where fund_id in (select id from subsidy_fund where demo)");
        fx.db().execute("delete from subsidy_fund_adjustment where fund_id in (select id from subsidy_fund where demo)");
        fx.db().execute("delete from subsidy_fund where demo");
        List<Long> enterprises = new java.util.ArrayList<>();
        for (int e = 0; e < 3; e++) {
            long enterprise = fx.enterprise("演示测试企业" + e);
            enterprises.add(enterprise);
            for (int i = 0; i < 40; i++) {
                fx.worker("演示工" + e + "-" + i, enterprise, "2016-01-01", i % 3 == 0, i % 5 == 0 ? "INTERMEDIATE" : "NONE");
            }
            fx.db().execute("update worker set demo = true where enterprise_id = ?", enterprise);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
            int made = loader.populate();
            assertThat(made).isEqualTo(13);
            em.flush();
            assertThat(scalar("select budget from subsidy_fund where name = '2019年就业补助资金'")).isEqualByComparingTo("19320000");
            assertThat(scalar("select budget from subsidy_fund where name = '2019年以工代训专账资金'")).isEqualByComparingTo("8010000");
            assertThat(scalar("select budget from subsidy_fund where name = '2019年地方配套资金'")).isEqualByComparingTo("5000000");
            assertThat(scalar("select budget from subsidy_fund where name = '2020年就业补助资金'")).isEqualByComparingTo("26730000");
            assertThat(scalar("select disbursed from subsidy_fund where name = '2020年以工代训补贴资金'")).isEqualByComparingTo("6000000");
            @SuppressWarnings("unchecked")
            List<String> states = em.createNativeQuery("select distinct a.state from subsidy_application a where a.demo order by 1").getResultList();
            assertThat(states).containsExactly("APPROVED", "DISBURSED", "DRAFT", "REJECTED", "REVIEWED", "SUBMITTED");
            // committed = approved applications, disbursed = opening total + paid applications, per demo fund
            assertThat(scalar("select count(*) from subsidy_fund f where f.demo and (f.committed <> coalesce((select sum(a.committed_amount) "
                    + "from subsidy_application a join subsidy_programme p on p.id = a.programme_id where p.fund_id = f.id and a.state = 'APPROVED'), 0) "
                    + "or f.disbursed <> f.opening_disbursed + coalesce((select sum(a.disbursed_amount) from subsidy_application a "
                    + "join subsidy_programme p on p.id = a.programme_id where p.fund_id = f.id and a.state = 'DISBURSED'), 0))")).isZero();
            assertThat(scalar("select count(*) from subsidy_application a where a.demo and a.amount <> (select sum(t.amount) "
                    + "from subsidy_application_trainee t where t.application_id = a.id)")).isZero();
            assertThat(scalar("select count(*) from subsidy_application_event e join subsidy_application a on a.id = e.application_id "
                    + "where a.demo and e.action = 'RETURN'")).isEqualByComparingTo("1");
            BigDecimal paid2019 = scalar("select coalesce(sum(disbursed), 0) from subsidy_fund where year = 2019");
            Indicator disbursed = indicators.stream().filter(i -> i.code().equals("subsidies.disbursed")).findFirst().orElseThrow();
            assertThat(disbursed.value(2019)).isEqualByComparingTo(paid2019);
            assertThat(disbursed.value(2019)).isPositive();
            Indicator trainees = indicators.stream().filter(i -> i.code().equals("subsidies.trainees-funded")).findFirst().orElseThrow();
            assertThat(trainees.value(2019)).isEqualByComparingTo(scalar("select count(distinct t.worker_id) from subsidy_application_trainee t "
                    + "join subsidy_application a on a.id = t.application_id where a.demo and a.state = 'DISBURSED' and extract(year from a.training_start) = 2019"));
            throw new RolledBack();
        });
        } catch (RolledBack expected) {
            // the demo rows are gone again
        } finally {
            // and so is the small demo registry, so that no other test meets demo workers
            for (long enterprise : enterprises) {
                fx.db().execute("delete from employment where enterprise_id = ?", enterprise);
                fx.db().execute("delete from worker where enterprise_id = ?", enterprise);
                fx.db().execute("delete from enterprise where id = ?", enterprise);
            }
        }
        assertThat(fx.db().count("select count(*) from subsidy_fund where name = '2019年就业补助资金'")).isZero();
        assertThat(fx.db().count("select count(*) from worker where demo")).isZero();
    }

    /** Ends the transaction with a rollback once the checks are done. */
    static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    BigDecimal scalar(String sql) {
        Object v = em.createNativeQuery(sql).getSingleResult();
        return new BigDecimal(v.toString());
    }
}
