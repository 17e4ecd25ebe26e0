package gov.xianan.reform.competitions;

import static gov.xianan.reform.competitions.CompetitionFixtures.as;
import static gov.xianan.reform.competitions.CompetitionFixtures.enterprise;
import static gov.xianan.reform.competitions.CompetitionFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Who sees and changes what: organisers of their own department, staff on published results, the lead unit, judges, analysts. */
@QuarkusTest
class CompetitionScopeTest {

    @Inject
    Db db;

    /** An hrss skill contest in the stage, written by SQL so that no organiser is needed. */
    long hrssContest(String name, String stage, int year) {
        return Long.parseLong(db.string("insert into competition (kind, name, year, department_id, occupation, level, start_date, end_date, stage, places, "
                + "publication_days, published_on) values ('SKILL_CONTEST', ?, ?, (select id from department where code = 'hrss'), '电子装配', 'DISTRICT', ?, ?, ?, 10, 7, ?) "
                + "returning id", name, year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 2), stage,
                stage.equals("PUBLICATION") || stage.equals("CLOSED") ? LocalDate.now(ClockProducer.ZONE) : null));
    }

    long item(long competition, String name, int weight) {
        return Long.parseLong(db.string("insert into competition_scoring_item (competition_id, name, weight) values (?, ?, ?) returning id", competition, name,
                weight));
    }

    long participant(long competition, long worker, long enterprise) {
        return Long.parseLong(db.string("insert into competition_participant (competition_id, worker_id, enterprise_id, status, registered_at, registered_by) "
                + "values (?, ?, ?, 'ACCEPTED', ?, 'test') returning id", competition, worker, enterprise, java.sql.Timestamp.from(Instant.now())));
    }

    long judgeRow(long competition, String name, String username) {
        return Long.parseLong(db.string("insert into competition_judge (competition_id, name, username) values (?, ?, ?) returning id", competition, name, username));
    }

    long denied() {
        return db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_type = 'competition'");
    }

    @Test
    @TestSecurity(user = "scitech-organiser", roles = { "staff", "competition-organizer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "scitech"))
    void anotherDepartmentsOrganiserIsRefusedAndLogged() {
        long c = hrssContest("他部门竞赛", "REGISTRATION", 2026);
        long before = denied();
        as(null).body(Map.of("target", "REVIEW", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("区人社局"));
        as(null).body(Map.of("name", "混入评委")).when().post("/api/v1/competitions/" + c + "/judges").then().statusCode(403);
        long e = enterprise(db, "越权测试公司");
        as(null).body(Map.of("workerId", worker(db, "越权报名", e))).when().post("/api/v1/competitions/" + c + "/participants").then().statusCode(403);
        assertThat(denied()).isEqualTo(before + 3);
        assertThat(db.string("select actor from audit_event where action = 'SCOPE_DENIED' and entity_id = ? order by id desc limit 1", String.valueOf(c)))
                .isEqualTo("scitech-organiser");
        assertThat(db.string("select stage from competition where id = ?", c)).isEqualTo("REGISTRATION");
        assertThat(db.count("select count(*) from competition_judge where competition_id = ?", c)).isZero();
        assertThat(db.count("select count(*) from competition_participant where competition_id = ?", c)).isZero();
        // and reading it while unpublished is a 404
        as(null).when().get("/api/v1/competitions/" + c).then().statusCode(404);
        // their own competitions are theirs: created for scitech
        Map<String, Object> mine = CompetitionFixtures.contest("科经局岗位练兵");
        mine.put("kind", "JOB_DRILL");
        as(null).body(mine).when().post("/api/v1/competitions").then().statusCode(201).body("department.code", equalTo("scitech"));
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void staffReadPublishedResultsOnly() {
        long hidden = hrssContest("未公示竞赛", "SCORING", 2026);
        long published = hrssContest("已公示竞赛", "PUBLICATION", 2026);
        long before = denied();
        as(null).when().get("/api/v1/competitions/" + hidden).then().statusCode(404);
        as(null).when().get("/api/v1/competitions/" + hidden + "/ranking").then().statusCode(404);
        as(null).when().get("/api/v1/competitions/" + hidden + "/participants").then().statusCode(404);
        assertThat(denied()).isEqualTo(before + 3);
        as(null).when().get("/api/v1/competitions/" + published).then().statusCode(200).body("stage", equalTo("PUBLICATION"));
        as(null).when().get("/api/v1/competitions/" + published + "/awards").then().statusCode(200);
        as(null).when().get("/api/v1/competitions/" + published + "/ranking").then().statusCode(200);
        // score sheets are for the organiser and the judges
        as(null).when().get("/api/v1/competitions/" + published + "/scores").then().statusCode(403);
        as(null).queryParam("size", 200).when().get("/api/v1/competitions").then().statusCode(200)
                .body("items.id", hasItem((int) published)).body("items.id", not(hasItem((int) hidden)));
        // no organiser role: no changes
        as(null).body(CompetitionFixtures.contest("员工建赛")).when().post("/api/v1/competitions").then().statusCode(403);
        as(null).body(Map.of("target", "CLOSED", "version", 0)).when().post("/api/v1/competitions/" + published + "/stage").then().statusCode(403);
        // objections may be recorded by readers during publication
        as(null).body(Map.of("raisedBy", "宣传部职工", "content", "名单公示请补充单位")).when().post("/api/v1/competitions/" + published + "/objections")
                .then().statusCode(201).body("recordedBy", equalTo("publicity-staff"));
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "competition-organizer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitReadsAllButRunsOnlyItsOwn() {
        long c = hrssContest("人社局未公示竞赛", "REVIEW", 2026);
        as(null).when().get("/api/v1/competitions/" + c).then().statusCode(200).body("department.code", equalTo("hrss"));
        as(null).queryParam("department", "hrss").queryParam("stage", "REVIEW").queryParam("size", 200).when().get("/api/v1/competitions")
                .then().statusCode(200).body("items.id", hasItem((int) c));
        as(null).body(Map.of("target", "SCORING", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(403);
        assertThat(db.string("select stage from competition where id = ?", c)).isEqualTo("REVIEW");
    }

    @Test
    @TestSecurity(user = "ndrc-judge", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "ndrc"))
    void aJudgeScoresOnlyTheirOwnSheetsOnContestsTheyAreOn() {
        long c = hrssContest("评委测试竞赛", "SCORING", 2026);
        long theory = item(c, "理论", 40);
        long practice = item(c, "实操", 60);
        long e = enterprise(db, "评委测试选手公司");
        long p = participant(c, worker(db, "被评者", e), e);
        long me = judgeRow(c, "发改局评委", "ndrc-judge");
        long other = judgeRow(c, "另一位评委", "someone-else");
        long notOn = hrssContest("无关竞赛", "SCORING", 2026);

        as(null).when().get("/api/v1/competitions/" + c).then().statusCode(200);
        as(null).when().get("/api/v1/competitions/" + notOn).then().statusCode(404);
        var sheet = Map.of("scores", List.of(Map.of("itemId", theory, "value", 85.5, "version", 0), Map.of("itemId", practice, "value", 90, "version", 0)));
        as(null).body(sheet).when().put("/api/v1/competitions/" + c + "/scores/" + me + "/" + p).then().statusCode(200)
                .body("complete", equalTo(true)).body("total", equalTo(88.2f));
        assertThat(db.string("select entered_by from competition_score where judge_id = ? and item_id = ?", me, theory)).isEqualTo("ndrc-judge");
        as(null).body(sheet).when().put("/api/v1/competitions/" + c + "/scores/" + other + "/" + p).then().statusCode(403);
        assertThat(db.count("select count(*) from competition_score where judge_id = ?", other)).isZero();
        as(null).when().get("/api/v1/competitions/" + c + "/scores").then().statusCode(200).body("", hasSize(1)).body("[0].judgeId", equalTo((int) me));
    }

    @Test
    @TestSecurity(user = "analyst", roles = { "analyst" })
    void analystsGetAggregatesOnlyWithSmallCellsSuppressed() {
        long c = hrssContest("统计测试竞赛", "CLOSED", 2031);
        long e = enterprise(db, "统计测试公司");
        for (int i = 0; i < 3; i++) {
            participant(c, worker(db, "统计" + i, e), e);
        }
        as(null).when().get("/api/v1/competitions").then().statusCode(403);
        as(null).when().get("/api/v1/competitions/" + c).then().statusCode(403);
        as(null).when().get("/api/v1/competitions/" + c + "/participants").then().statusCode(403);
        as(null).queryParam("year", 2031).when().get("/api/v1/statistics/competitions").then().statusCode(200)
                .body("competitions.value", equalTo(1))
                .body("participants.value", nullValue())
                .body("participants.suppressed", equalTo(true))
                .body("suppressed", equalTo(true));
        as(null).queryParam("year", "20x1").when().get("/api/v1/statistics/competitions").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = { "staff", "competition-organizer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void staffOutsideTheLeadUnitGetTheProtectedFigures() {
        long c = hrssContest("统计测试竞赛二", "PUBLICATION", 2032);
        long e = enterprise(db, "统计测试公司二");
        participant(c, worker(db, "统计二甲", e), e);
        as(null).queryParam("year", 2032).when().get("/api/v1/statistics/competitions").then().statusCode(200)
                .body("participants.value", nullValue()).body("participants.suppressed", equalTo(true)).body("suppressed", equalTo(true))
                .body("byKind.find { it.key == 'SKILL_CONTEST' }.competitions.value", equalTo(1));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitSeesTheFiguresUnsuppressed() {
        long c = hrssContest("统计测试竞赛三", "PUBLICATION", 2033);
        long e = enterprise(db, "统计测试公司三");
        participant(c, worker(db, "统计三甲", e), e);
        as(null).queryParam("year", 2033).when().get("/api/v1/statistics/competitions").then().statusCode(200)
                .body("participants.value", equalTo(1)).body("workers.value", equalTo(1)).body("suppressed", equalTo(false))
                .body("byKind.find { it.key == 'SKILL_CONTEST' }.competitions.value", equalTo(1));
    }
}
