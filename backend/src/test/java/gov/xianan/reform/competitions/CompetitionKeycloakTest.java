package gov.xianan.reform.competitions;

import static gov.xianan.reform.competitions.CompetitionFixtures.accept;
import static gov.xianan.reform.competitions.CompetitionFixtures.as;
import static gov.xianan.reform.competitions.CompetitionFixtures.contest;
import static gov.xianan.reform.competitions.CompetitionFixtures.create;
import static gov.xianan.reform.competitions.CompetitionFixtures.enterprise;
import static gov.xianan.reform.competitions.CompetitionFixtures.items;
import static gov.xianan.reform.competitions.CompetitionFixtures.judge;
import static gov.xianan.reform.competitions.CompetitionFixtures.register;
import static gov.xianan.reform.competitions.CompetitionFixtures.score;
import static gov.xianan.reform.competitions.CompetitionFixtures.stage;
import static gov.xianan.reform.competitions.CompetitionFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The competitions' security contract with real tokens of the demo users. */
@QuarkusTest
@Tag("keycloak")
class CompetitionKeycloakTest {

    @Inject
    Db db;

    @Test
    void theHrssOrganiserRunsAContestOthersReadOrJudgeAsTheirRolesAllow() {
        String hrss = KeycloakTokens.password("hrss-reviewer");
        String lead = KeycloakTokens.password("federation-lead");
        String publicity = KeycloakTokens.password("publicity-staff");
        String analyst = KeycloakTokens.password("analyst");

        long c = create(hrss, contest("令牌测试电子装配技能大赛"));
        assertThat(db.string("select d.code from competition c join department d on d.id = c.department_id where c.id = ?", c)).isEqualTo("hrss");

        // the lead unit reads it, but it is hrss's to run: 403, logged
        as(lead).when().get("/api/v1/competitions/" + c).then().statusCode(200).body("department.name", equalTo("区人社局"));
        long denied = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'federation-lead'");
        as(lead).body(Map.of("target", "REVIEW", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(403);
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'federation-lead'")).isEqualTo(denied + 1);
        // the federation organiser's own competition is the federation's
        Map<String, Object> labour = contest("令牌测试节能减排劳动竞赛");
        labour.put("kind", "LABOUR_COMPETITION");
        labour.put("field", "ENERGY_SAVING");
        as(lead).body(labour).when().post("/api/v1/competitions").then().statusCode(201).body("department.code", equalTo("federation"));

        // publicity staff: not an organiser, and the contest is not published
        as(publicity).body(contest("宣传部建赛")).when().post("/api/v1/competitions").then().statusCode(403);
        as(publicity).when().get("/api/v1/competitions/" + c).then().statusCode(404);
        // analysts: aggregates only
        as(analyst).when().get("/api/v1/competitions").then().statusCode(403);
        as(analyst).when().get("/api/v1/statistics/competitions").then().statusCode(200);

        // publicity-staff on the judge list scores their own sheet
        long e = enterprise(db, "令牌测试选手公司");
        long p = register(hrss, c, worker(db, "令牌选手", e));
        accept(hrss, c, p);
        long mine = judge(hrss, c, "宣传部评委", null, "publicity-staff");
        long other = judge(hrss, c, "其他评委", null, null);
        stage(hrss, c, "REVIEW", 200);
        stage(hrss, c, "SCORING", 200);
        List<Long> items = items(hrss, c);
        as(publicity).when().get("/api/v1/competitions/" + c).then().statusCode(200);
        score(publicity, c, mine, p, items, 88, 92);
        as(publicity).body(Map.of("scores", List.of(Map.of("itemId", items.get(0), "value", 50, "version", 0)))).when()
                .put("/api/v1/competitions/" + c + "/scores/" + other + "/" + p).then().statusCode(403);
        // the organiser enters the other judge's sheet on their behalf
        score(hrss, c, other, p, items, 80, 80);
        assertThat(db.string("select entered_by from competition_score where judge_id = ? limit 1", mine)).isEqualTo("publicity-staff");
        assertThat(db.string("select entered_by from competition_score where judge_id = ? limit 1", other)).isEqualTo("hrss-reviewer");
        // no token: 401
        as(null).when().get("/api/v1/competitions").then().statusCode(401);
    }
}
