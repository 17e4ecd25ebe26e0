package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.records.demo.RecordDemoDataLoader;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The demo records of 2019–2020 add up to the seed's figures, in the database and through the live indicators. */
@QuarkusTest
@TestProfile(RecordDemoDataTest.DemoProfile.class)
@Tag("keycloak")
class RecordDemoDataTest {

    /** A small demo district (every feature's demo loader runs), as AuthorizationMatrixTest uses. */
    public static class DemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("xianan.demo-data.enabled", "true", "xianan.demo-data.workers", "400");
        }
    }

    @Inject
    Db db;

    private long sum(String type, String field, String where) {
        return db.count("select coalesce(sum((fields ->> '" + field + "')::int), 0) from department_record where demo and record_type = ? and " + where, type);
    }

    @Test
    void theDemoRecordsReproduceTheSeedsFigures() {
        // 双宣讲 200余场, 1000余人 on 学习强国, 3 union demo sites, all in 2019–2020
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'publicity-sessions' "
                + "and record_date between '2019-01-01' and '2020-12-31'")).isEqualTo(RecordDemoDataLoader.SESSIONS).isGreaterThan(200);
        assertThat(db.count("select count(distinct fields ->> 'kind') from department_record where demo and record_type = 'publicity-sessions'")).isEqualTo(2);
        assertThat(sum("learning-enrolments", "enrolled", "record_date between '2019-01-01' and '2020-12-31'")).isEqualTo(1_036).isGreaterThan(1_000);
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'union-demo-sites' and fields ->> 'acceptedOn' <= '2020-12-31'"))
                .isEqualTo(3);
        // 9,379 migrant workers' children in school in 2020: 7,235 primary, 2,144 junior secondary
        assertThat(sum("child-schooling", "placed", "fields ->> 'schoolYear' = '2020'")).isEqualTo(9_379);
        assertThat(sum("child-schooling", "placed", "fields ->> 'schoolYear' = '2020' and fields ->> 'level' = 'PRIMARY'")).isEqualTo(7_235);
        assertThat(sum("child-schooling", "placed", "fields ->> 'schoolYear' = '2020' and fields ->> 'level' = 'JUNIOR'")).isEqualTo(2_144);
        // every demo record is owned by its type's owner department (visits by several)
        assertThat(db.count("select count(*) from department_record r where demo and exists (select 1 from record_type_owner o where o.record_type = r.record_type) "
                + "and not exists (select 1 from record_type_owner o where o.record_type = r.record_type and o.department_id = r.owner_department_id)")).isZero();

        // 近3年来,共发展产业工人208名: 208 workers reached 预备党员 in 2018–2020, each a party member since that day
        assertThat(db.count("select count(distinct fields ->> 'workerId') from department_record where demo and record_type = 'party-member-development' "
                + "and fields ->> 'stage' = 'PROBATIONARY' and record_date between '2018-01-01' and '2020-12-31'"))
                .isEqualTo(RecordDemoDataLoader.PARTY_JOINED_2018_2020).isEqualTo(208);
        assertThat(db.count("select count(*) from department_record r join worker w on w.id = (r.fields ->> 'workerId')::bigint "
                + "where r.demo and r.record_type = 'party-member-development' and r.fields ->> 'stage' = 'PROBATIONARY' "
                + "and w.party_member and w.party_joined_on = r.record_date")).isEqualTo(208);
        // and every one of them was of the 2020 workforce (employed on 2020-12-31), the workers the 2020 review is about
        assertThat(db.count("select count(*) from department_record r where r.demo and r.record_type = 'party-member-development' "
                + "and r.fields ->> 'stage' = 'PROBATIONARY' and not exists (select 1 from employment m where m.worker_id = (r.fields ->> 'workerId')::bigint "
                + "and m.start_date <= date '2020-12-31' and (m.end_date is null or m.end_date >= date '2020-12-31'))")).isZero();
        // their earlier stages come before, and later stages continue to today
        assertThat(db.count("select count(*) from department_record a join department_record p on p.fields ->> 'workerId' = a.fields ->> 'workerId' "
                + "where a.record_type = 'party-member-development' and p.record_type = a.record_type and a.demo and p.demo "
                + "and a.fields ->> 'stage' = 'ACTIVIST' and p.fields ->> 'stage' = 'PROBATIONARY' and a.record_date >= p.record_date")).isZero();
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'party-member-development' and record_date > '2021-06-30'"))
                .isPositive();
        // labour disputes and safety inspections every year from 2019 to today, inspections mostly by 第三方安评公司
        int thisYear = java.time.LocalDate.now(gov.xianan.reform.common.time.ClockProducer.ZONE).getYear();
        for (int year = 2019; year < thisYear; year++) {
            String y = "record_date between '" + year + "-01-01' and '" + year + "-12-31'";
            assertThat(db.count("select count(*) from department_record where demo and record_type = 'labour-disputes' and " + y)).isBetween(30L, 60L);
            assertThat(db.count("select count(*) from department_record where demo and record_type = 'safety-inspections' and " + y)).isBetween(60L, 80L);
        }
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'safety-inspections' and fields ->> 'inspectingBody' = '第三方安评公司'"))
                .isGreaterThan(db.count("select count(*) from department_record where demo and record_type = 'safety-inspections'") / 3);
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'safety-inspections' "
                + "and (fields ->> 'hazardsFixed')::int > (fields ->> 'hazardsFound')::int")).isZero();
        assertThat(db.count("select count(*) from department_record where demo and record_type = 'labour-disputes' and fields ->> 'closed' < fields ->> 'received'"))
                .isZero();
        // stories about the honoured model workers in 2019–2020, 王晓霞's among them; her honour carries the seed's citation
        assertThat(db.count("select count(*) from department_record r join honour h on h.id = (r.fields ->> 'honourId')::bigint "
                + "where r.demo and r.record_type = 'model-worker-stories' and r.record_date between '2019-01-01' and '2020-12-31'")).isPositive();
        assertThat(db.count("select count(*) from department_record r join worker w on w.id = (r.fields ->> 'workerId')::bigint "
                + "where r.demo and r.record_type = 'model-worker-stories' and w.name = '王晓霞'")).isPositive();
        assertThat(db.string("select h.citation from honour h join worker w on w.id = h.worker_id where w.name = '王晓霞' and h.title = '全国劳动模范'"))
                .contains("6项实用新型专利和29项专利授权").contains("个人获得14项专利授权").contains("2000多万元");

        // the same figures through the live indicators a task tracks
        JsonPath y2019 = as("federation-lead").when().get("/api/v1/indicators?year=2019").then().statusCode(200).extract().jsonPath();
        JsonPath y2020 = as("federation-lead").when().get("/api/v1/indicators?year=2020").then().statusCode(200).extract().jsonPath();
        String sessions = "find { it.code == 'records.publicity-sessions' }.value";
        String enrolled = "find { it.code == 'records.learning-enrolled' }.value";
        assertThat(y2019.getFloat(sessions) + y2020.getFloat(sessions)).isGreaterThanOrEqualTo(212f);
        assertThat(y2019.getFloat(enrolled) + y2020.getFloat(enrolled)).isGreaterThanOrEqualTo(1_036f);
        assertThat(y2020.getFloat("find { it.code == 'records.children-placed' }.value")).isGreaterThanOrEqualTo(9_379f);
        JsonPath y2018 = as("federation-lead").when().get("/api/v1/indicators?year=2018").then().statusCode(200).extract().jsonPath();
        String joined = "find { it.code == 'records.party-members-developed' }.value";
        assertThat(y2018.getFloat(joined) + y2019.getFloat(joined) + y2020.getFloat(joined)).isGreaterThanOrEqualTo(208f);
    }
}
