package gov.xianan.reform.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** `make run`'s demo competitions, loaded after a small demo registry into the (cleaned) test database. */
@QuarkusTest
@TestProfile(CompetitionDemoDataTest.DemoProfile.class)
class CompetitionDemoDataTest {

    public static class DemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("xianan.demo-data.enabled", "true", "xianan.demo-data.workers", "3000");
        }
    }

    @Inject
    Db db;

    @Test
    void everyFieldAndStageHasContentAndTheAwardsAreHonoursInTheRegistry() {
        assertThat(db.count("select count(distinct field) from competition where kind = 'LABOUR_COMPETITION' and year = 2020 and stage = 'CLOSED'"))
                .isEqualTo(5);
        assertThat(db.count("select count(*) from competition where occupation in ('机电维修', '模具钳工', '衬胶防腐') and year = 2020 and stage = 'CLOSED'"))
                .isEqualTo(3);
        assertThat(db.count("select count(*) from competition where stage = 'PUBLICATION'")).isEqualTo(1);
        assertThat(db.count("select count(*) from competition where stage = 'REGISTRATION'")).isEqualTo(1);
        assertThat(db.count("select count(*) from competition where not demo")).isZero();
        // the 衬胶防腐 drill is the 华宇防腐 team's
        assertThat(db.count("select count(*) from competition_participant p join competition c on c.id = p.competition_id join enterprise e on e.id = p.enterprise_id "
                + "where c.occupation = '衬胶防腐' and e.name = '华宇防腐有限公司'")).isGreaterThan(0);
        // every award of a closed competition became exactly one honour, with the department as issuer
        long awards = db.count("select count(*) from competition_award a join competition c on c.id = a.competition_id where c.stage = 'CLOSED'");
        assertThat(awards).isGreaterThan(20);
        assertThat(db.count("select count(*) from honour where source like 'competition:%'")).isEqualTo(awards);
        assertThat(db.count("select count(*) from honour h where source like 'competition:%' and issuer not in ('区总工会', '区人社局')")).isZero();
        assertThat(db.count("select count(*) from honour where source like 'competition:%' and category = 'TECHNICAL_EXPERT'")).isGreaterThan(0);
        assertThat(db.count("select count(*) from competition_award where skill_raised_to <> skill_raised_from")).isGreaterThan(0);
        // labour competitions carry the enterprises' results; the publication has an open objection
        assertThat(db.count("select count(*) from competition_result")).isGreaterThan(20);
        assertThat(db.count("select count(*) from competition_objection where status = 'OPEN'")).isEqualTo(1);
    }
}
