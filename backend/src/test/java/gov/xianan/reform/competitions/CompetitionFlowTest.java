package gov.xianan.reform.competitions;

import static gov.xianan.reform.competitions.CompetitionFixtures.YEAR;
import static gov.xianan.reform.competitions.CompetitionFixtures.accept;
import static gov.xianan.reform.competitions.CompetitionFixtures.as;
import static gov.xianan.reform.competitions.CompetitionFixtures.contest;
import static gov.xianan.reform.competitions.CompetitionFixtures.create;
import static gov.xianan.reform.competitions.CompetitionFixtures.enterprise;
import static gov.xianan.reform.competitions.CompetitionFixtures.items;
import static gov.xianan.reform.competitions.CompetitionFixtures.judge;
import static gov.xianan.reform.competitions.CompetitionFixtures.judgeVersion;
import static gov.xianan.reform.competitions.CompetitionFixtures.register;
import static gov.xianan.reform.competitions.CompetitionFixtures.score;
import static gov.xianan.reform.competitions.CompetitionFixtures.stage;
import static gov.xianan.reform.competitions.CompetitionFixtures.version;
import static gov.xianan.reform.competitions.CompetitionFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** A contest from registration to the registry: eligibility, judging, stages, awards written once, bad input. */
@QuarkusTest
@TestSecurity(user = "hrss-reviewer", roles = { "staff", "competition-organizer" })
@OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
class CompetitionFlowTest {

    @Inject
    Db db;

    private static String problem(long competition, Map<String, Object> body) {
        return as(null).body(body).when().post("/api/v1/competitions/" + competition + "/participants")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/ineligible"))
                .extract().path("detail");
    }

    @Test
    void eachEligibilityRefusalSaysWhy() {
        long c = create(null, contest("资格测试技能大赛"));
        long e = enterprise(db, "资格测试机电有限公司");
        assertThat(problem(c, Map.of("workerId", 987654321L))).contains("工人未在名册中登记");
        long jobless = worker(db, "无业者", LocalDate.of(1990, 1, 1), "INTERMEDIATE", null);
        assertThat(problem(c, Map.of("workerId", jobless))).contains("目前未在区内企业就业");
        long low = worker(db, "普工甲", LocalDate.of(1990, 1, 1), "NONE", e);
        assertThat(problem(c, Map.of("workerId", low))).contains("技能等级为普工,低于本赛要求的最低等级初级工");
        long high = worker(db, "高级技师乙", LocalDate.of(1990, 1, 1), "SENIOR_TECHNICIAN", e);
        assertThat(problem(c, Map.of("workerId", high))).contains("技能等级为高级技师,高于本赛允许的最高等级技师");
        long young = worker(db, "少年丙", LocalDate.of(YEAR - 17, 6, 1), "JUNIOR", e);
        // the refusal names the rule, not the worker's age (which, with the masked ID number, gives the birth date away)
        assertThat(problem(c, Map.of("workerId", young))).contains("少年丙 不符合本赛年龄要求(比赛开始日年龄 18–50 岁)").doesNotContain("16 岁");
        long old = worker(db, "老师傅丁", LocalDate.of(YEAR - 56, 1, 1), "SENIOR", e);
        assertThat(problem(c, Map.of("workerId", old))).contains("老师傅丁 不符合本赛年龄要求(比赛开始日年龄 18–50 岁)").doesNotContain("56 岁");
        long ok = worker(db, "合格戊", e);
        register(null, c, ok);
        assertThat(problem(c, Map.of("workerId", ok))).contains("合格戊 已报名本竞赛");
        assertThat(db.count("select count(*) from competition_participant where competition_id = ?", c)).isEqualTo(1);

        // places: a contest with one place
        Map<String, Object> small = contest("名额测试技能大赛");
        small.put("places", 1);
        long c2 = create(null, small);
        register(null, c2, ok);
        assertThat(problem(c2, Map.of("workerId", worker(db, "迟到己", e)))).contains("名额已满(共 1 个)");

        // a list from an enterprise: each worker answered on its own
        long other = enterprise(db, "别家机电有限公司");
        long elsewhere = worker(db, "别家庚", other);
        long fine = worker(db, "合格辛", e);
        // a dry run answers the same and stores nothing
        as(null).queryParam("dryRun", "true").body(Map.of("enterpriseId", e, "workerIds", List.of(fine, low)))
                .when().post("/api/v1/competitions/" + c + "/participants/batch")
                .then().statusCode(200).body("registered", equalTo(1)).body("results[0].participantId", org.hamcrest.Matchers.nullValue());
        assertThat(db.count("select count(*) from competition_participant where competition_id = ?", c)).isEqualTo(1);
        JsonPath batch = as(null).body(Map.of("enterpriseId", e, "workerIds", List.of(fine, low, elsewhere, fine)))
                .when().post("/api/v1/competitions/" + c + "/participants/batch")
                .then().statusCode(200).body("registered", equalTo(1)).body("refused", equalTo(3)).extract().jsonPath();
        assertThat(batch.getBoolean("results[0].registered")).isTrue();
        assertThat(batch.getLong("results[0].participantId")).isPositive();
        assertThat(batch.getList("results[1].reasons", String.class)).anyMatch(r -> r.contains("低于本赛要求的最低等级"));
        assertThat(batch.getList("results[2].reasons", String.class)).anyMatch(r -> r.contains("不在资格测试机电有限公司就业"));
        assertThat(batch.getList("results[3].reasons", String.class)).containsExactly("名单中重复");
        assertThat(db.count("select count(*) from competition_participant where competition_id = ?", c)).isEqualTo(2);

        // the organiser's review: refusing needs a reason
        long p = batch.getLong("results[0].participantId");
        as(null).body(Map.of("decision", "REFUSED", "version", 0)).when().post("/api/v1/competitions/" + c + "/participants/" + p + "/review")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(null).body(Map.of("decision", "REFUSED", "reason", "未提交单位推荐表", "version", 0))
                .when().post("/api/v1/competitions/" + c + "/participants/" + p + "/review")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("reviewedBy", equalTo("hrss-reviewer"));
        assertThat(db.string("select reason from competition_participant where id = ?", p)).isEqualTo("未提交单位推荐表");
    }

    @Test
    void aJudgeNeverScoresAContestantOfTheSameEnterpriseAndTheListLocksWhenScoringStarts() {
        long c = create(null, contest("回避测试技能大赛"));
        long a = enterprise(db, "回避甲公司");
        long b = enterprise(db, "回避乙公司");
        long pa = register(null, c, worker(db, "甲选手", a));
        long pb = register(null, c, worker(db, "乙选手", b));
        accept(null, c, pa);
        accept(null, c, pb);
        long ja = judge(null, c, "甲评委", a, null);
        long jb = judge(null, c, "乙评委", b, null);
        long extra = judge(null, c, "临时评委", null, null);
        as(null).when().delete("/api/v1/competitions/" + c + "/judges/" + extra).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(null).queryParam("version", 1).when().delete("/api/v1/competitions/" + c + "/judges/" + extra).then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(null).queryParam("version", judgeVersion(null, c, extra)).when().delete("/api/v1/competitions/" + c + "/judges/" + extra).then().statusCode(204);
        List<Long> items = items(null, c);
        stage(null, c, "REVIEW", 200);
        stage(null, c, "SCORING", 200);

        as(null).body(Map.of("scores", List.of(Map.of("itemId", items.get(0), "value", 80, "version", 0))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + ja + "/" + pa)
                .then().statusCode(409).body("detail", containsString("评委甲评委与选手甲选手同属回避甲公司,须回避"));
        assertThat(db.count("select count(*) from competition_score where competition_id = ?", c)).isZero();

        // locked
        as(null).body(Map.of("name", "迟到评委")).when().post("/api/v1/competitions/" + c + "/judges")
                .then().statusCode(409).body("detail", containsString("评委名单已锁定"));
        as(null).queryParam("version", judgeVersion(null, c, jb)).when().delete("/api/v1/competitions/" + c + "/judges/" + jb).then().statusCode(409);
        assertThat(db.count("select count(*) from competition_judge where competition_id = ?", c)).isEqualTo(2);

        // saving as you go: the same sheet twice is one row per item, the change of a mark updates it
        score(null, c, ja, pb, items, 80, 85);
        score(null, c, ja, pb, items, 80, 85);
        score(null, c, ja, pb, items, 80, 88);
        assertThat(db.count("select count(*) from competition_score where judge_id = ? and participant_id = ?", ja, pb)).isEqualTo(2);
        assertThat(db.string("select value::text from competition_score where judge_id = ? and participant_id = ? and item_id = ?", ja, pb, items.get(1)))
                .isEqualTo("88.00");
        // a mark changed since it was read is not overwritten; the same mark sent again is no conflict
        as(null).body(Map.of("scores", List.of(Map.of("itemId", items.get(1), "value", 70, "version", 1))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + ja + "/" + pb).then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        as(null).body(Map.of("scores", List.of(Map.of("itemId", items.get(1), "value", 88, "version", 1))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + ja + "/" + pb).then().statusCode(200)
                .body("scores.find { it.itemId == " + items.get(1) + " }.version", equalTo(2));
        as(null).body(Map.of("scores", List.of(Map.of("itemId", items.get(1), "value", 70))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + ja + "/" + pb).then().statusCode(400).body("errors[0].field", equalTo("scores[0].version"));
        assertThat(db.string("select value::text from competition_score where judge_id = ? and participant_id = ? and item_id = ?", ja, pb, items.get(1)))
                .isEqualTo("88.00");
        // a mark out of range or an item of another competition is a 400
        as(null).body(Map.of("scores", List.of(Map.of("itemId", items.get(0), "value", 101, "version", 0))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + jb + "/" + pa).then().statusCode(400);
        as(null).body(Map.of("scores", List.of(Map.of("itemId", 99999999, "value", 50, "version", 0))))
                .when().put("/api/v1/competitions/" + c + "/scores/" + jb + "/" + pa).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].itemId"));
        // publication needs every sheet: judge b has not scored contestant a
        stage(null, c, "PUBLICATION", 409);
        assertThat(db.string("select stage from competition where id = ?", c)).isEqualTo("SCORING");
    }

    @Test
    void stagesOnlyMoveOneStepForward() {
        long c = create(null, contest("阶段测试技能大赛"));
        long version = db.count("select version from competition where id = ?", c);
        as(null).body(Map.of("target", "SCORING", "version", version)).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("下一阶段是「资格审核」"));
        stage(null, c, "CLOSED", 409);
        stage(null, c, "REGISTRATION", 409);
        assertThat(db.string("select stage from competition where id = ?", c)).isEqualTo("REGISTRATION");
        assertThat(db.count("select version from competition where id = ?", c)).isEqualTo(version);
        as(null).when().post("/api/v1/competitions/" + c + "/advance").then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(null).header("If-Match", "\"" + (version + 1) + "\"").queryParam("version", version).when().post("/api/v1/competitions/" + c + "/advance")
                .then().statusCode(412);
        as(null).header("If-Match", "\"" + version + "\"").queryParam("version", version).when().post("/api/v1/competitions/" + c + "/advance")
                .then().statusCode(200).body("stage", equalTo("REVIEW"))
                .body("nextStage", equalTo("SCORING"));
        stage(null, c, "REGISTRATION", 409);
        as(null).when().get("/api/v1/competitions/" + c + "/history").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].actor", equalTo("hrss-reviewer"))
                .body("[1].changes.find { it.field == 'stage' }.before", equalTo("REGISTRATION"))
                .body("[1].changes.find { it.field == 'stage' }.after", equalTo("REVIEW"));
        // scoring needs accepted participants, judges and items
        as(null).body(Map.of("target", "SCORING", "version", version + 1)).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(409).body("detail", containsString("没有审核通过的参赛者")).body("detail", containsString("还没有评委"));
        assertThat(db.string("select stage from competition where id = ?", c)).isEqualTo("REVIEW");
        // registration is closed in review
        long e = enterprise(db, "阶段测试公司");
        as(null).body(Map.of("workerId", worker(db, "晚报名", e))).when().post("/api/v1/competitions/" + c + "/participants")
                .then().statusCode(409).body("detail", containsString("报名已截止"));
    }

    @Test
    void closingWritesEachAwardToTheRegistryExactlyOnce() {
        long c = create(null, contest("名册写入测试技能大赛"));
        long home = enterprise(db, "写入测试选手公司");
        long w1 = worker(db, "冠军甲", home);
        long w2 = worker(db, "亚军乙", home);
        long w3 = worker(db, "季军丙", home);
        long p1 = register(null, c, w1);
        long p2 = register(null, c, w2);
        long p3 = register(null, c, w3);
        for (long p : List.of(p1, p2, p3)) {
            accept(null, c, p);
        }
        long[] judges = new long[5];
        for (int i = 0; i < 5; i++) {
            judges[i] = judge(null, c, "评委" + (i + 1), enterprise(db, "评委单位" + i), null);
        }
        List<Long> items = items(null, c);
        stage(null, c, "REVIEW", 200);
        stage(null, c, "SCORING", 200);
        double[] first = { 80, 85, 90, 95, 100 };
        for (int i = 0; i < 5; i++) {
            score(null, c, judges[i], p1, items, first[i], first[i]);
            score(null, c, judges[i], p2, items, 70, 70);
            score(null, c, judges[i], p3, items, 60 + i, 60 + i);
        }
        as(null).when().get("/api/v1/competitions/" + c + "/ranking").then().statusCode(200)
                .body("entries[0].participantId", equalTo((int) p1))
                .body("entries[0].finalScore", equalTo(90.0f))
                .body("entries[0].dropped", equalTo(true))
                .body("entries[0].judgeTotals", hasSize(5))
                .body("entries[2].finalScore", equalTo(62.0f))
                .body("rule", containsString("去掉一个最高分和一个最低分"));
        stage(null, c, "PUBLICATION", 200);
        assertThat(db.count("select rank from competition_participant where id = ?", p1)).isEqualTo(1);
        as(null).when().get("/api/v1/competitions/" + c + "/awards").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].grade", equalTo("FIRST")).body("[0].gradeLabel", equalTo("一等奖")).body("[0].technicalExpert", equalTo(true))
                .body("[1].grade", equalTo("SECOND")).body("[1].skillRaise", equalTo(false))
                .body("[2].grade", equalTo("THIRD"));

        // objections while the publication runs; closing waits for its end and for open objections
        long objection = as(null).body(Map.of("participantId", p2, "raisedBy", "匿名职工", "content", "亚军乙的实操作品非本人完成"))
                .when().post("/api/v1/competitions/" + c + "/objections").then().statusCode(201).extract().jsonPath().getLong("id");
        as(null).body(Map.of("target", "CLOSED", "version", version(null, c))).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(409).body("detail", containsString("公示期"));
        db.execute("update competition set published_on = ? where id = ?", LocalDate.now(ClockProducer.ZONE).minusDays(8), c);
        as(null).body(Map.of("raisedBy", "某人", "content", "太晚了")).when().post("/api/v1/competitions/" + c + "/objections")
                .then().statusCode(409).body("detail", containsString("公示期已于"));
        as(null).body(Map.of("target", "CLOSED", "version", version(null, c))).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(409).body("detail", containsString("1 条异议未处理"));
        as(null).body(Map.of("upheld", true, "resolution", "经核实属实,取消其奖项")).when()
                .post("/api/v1/competitions/" + c + "/objections/" + objection + "/resolve").then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(null).body(Map.of("upheld", true, "resolution", "经核实属实,取消其奖项", "version", 0)).when()
                .post("/api/v1/competitions/" + c + "/objections/" + objection + "/resolve").then().statusCode(200).body("status", equalTo("UPHELD"));

        stage(null, c, "CLOSED", 200);
        String source1 = "competition:" + c + ":" + w1;
        assertThat(db.count("select count(*) from honour where source = ?", source1)).isEqualTo(1);
        assertThat(db.string("select category from honour where source = ?", source1)).isEqualTo("TECHNICAL_EXPERT");
        assertThat(db.string("select issuer from honour where source = ?", source1)).isEqualTo("区人社局");
        assertThat(db.count("select count(*) from honour where source = ?", "competition:" + c + ":" + w3)).isEqualTo(1);
        assertThat(db.string("select category from honour where source = ?", "competition:" + c + ":" + w3)).isEqualTo("OTHER");
        // the upheld objection withdrew 亚军乙's award: nothing written
        assertThat(db.count("select count(*) from honour where source = ?", "competition:" + c + ":" + w2)).isZero();
        assertThat(db.string("select skill_level from worker where id = ?", w1)).isEqualTo("SENIOR");
        assertThat(db.string("select skill_level from worker where id = ?", w3)).isEqualTo("INTERMEDIATE");
        // audited: a revision of the honour and of the worker by the organiser
        assertThat(db.count("select count(*) from honour_aud h join audit_revision r on r.id = h.rev where h.source = ? and r.actor = 'hrss-reviewer'",
                source1)).isEqualTo(1);
        assertThat(db.count("select count(*) from worker_aud where id = ? and skill_level = 'SENIOR'", w1)).isEqualTo(1);

        // closing twice is illegal; re-running the write adds nothing
        stage(null, c, "CLOSED", 409);
        as(null).when().post("/api/v1/competitions/" + c + "/awards/registry-write").then().statusCode(200);
        as(null).when().post("/api/v1/competitions/" + c + "/awards/registry-write").then().statusCode(200)
                .body("[0].honourId", notNullValue()).body("[0].skillRaisedTo", equalTo("SENIOR"));
        assertThat(db.count("select count(*) from honour where source like ?", "competition:" + c + ":%")).isEqualTo(2);
        assertThat(db.string("select skill_level from worker where id = ?", w1)).isEqualTo("SENIOR");
        assertThat(db.count("select count(*) from worker_aud where id = ?", w1)).isEqualTo(1);

        // the worker's record shows both
        as(null).when().get("/api/v1/workers/" + w1 + "/history").then().statusCode(200)
                .body("changes.flatten().field", hasItem("skillLevel"));
        as(null).queryParam("workerId", w1).when().get("/api/v1/honours").then().statusCode(200)
                .body("items.source", hasItem(source1));
    }

    @Test
    void aLabourCompetitionTakesEnterprisesWithTheirResultsAndHonoursTheTeam() {
        Map<String, Object> body = contest("非公企业劳动竞赛测试");
        body.put("kind", "LABOUR_COMPETITION");
        body.put("field", "NON_PUBLIC");
        body.remove("occupation");
        long c = create(null, body);
        long state = enterprise(db, "国有测试公司", "PUBLIC", "LARGE");
        long privately = enterprise(db, "民营测试公司", "NON_PUBLIC", "MEDIUM");
        long second = enterprise(db, "民营测试二公司", "NON_PUBLIC", "SMALL");
        assertThat(problem(c, Map.of("enterpriseId", state))).contains("国有测试公司 不是非公企业");
        as(null).body(Map.of("workerId", worker(db, "个人报名", privately))).when().post("/api/v1/competitions/" + c + "/participants")
                .then().statusCode(400).body("errors[0].field", equalTo("enterpriseId"));
        long p1 = as(null).body(Map.of("enterpriseId", privately, "teamName", "节能攻关班")).when().post("/api/v1/competitions/" + c + "/participants")
                .then().statusCode(201).body("displayName", equalTo("民营测试公司 节能攻关班")).extract().jsonPath().getLong("id");
        long p2 = as(null).body(Map.of("enterpriseId", second)).when().post("/api/v1/competitions/" + c + "/participants")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        accept(null, c, p1);
        accept(null, c, p2);
        as(null).body(Map.of("participantId", p1, "measure", "节约标准煤", "value", 12.5, "unit", "吨", "reportedOn", CompetitionFixtures.YEAR + "-06-30"))
                .when().post("/api/v1/competitions/" + c + "/results").then().statusCode(201).body("participantName", equalTo("民营测试公司 节能攻关班"));
        as(null).body(Map.of("participantId", p1, "measure", "节电", "value", "很多", "unit", "度", "reportedOn", CompetitionFixtures.YEAR + "-06-30"))
                .when().post("/api/v1/competitions/" + c + "/results").then().statusCode(400);
        as(null).when().get("/api/v1/competitions/" + c + "/results").then().statusCode(200).body("", hasSize(1)).body("[0].value", equalTo(12.5f));

        // a judge of one of the enterprises stands aside for it; the other judge scores both
        long insider = judge(null, c, "民营评委", privately, null);
        long outsider = judge(null, c, "外部评委", null, null);
        List<Long> items = items(null, c);
        stage(null, c, "REVIEW", 200);
        stage(null, c, "SCORING", 200);
        score(null, c, outsider, p1, items, 90, 90);
        score(null, c, outsider, p2, items, 80, 80);
        score(null, c, insider, p2, items, 84, 84);
        stage(null, c, "PUBLICATION", 200);
        db.execute("update competition set published_on = ? where id = ?", LocalDate.now(ClockProducer.ZONE).minusDays(7), c);
        stage(null, c, "CLOSED", 200);
        String source = "competition:" + c + ":e" + privately;
        assertThat(db.string("select kind || '/' || team_name || '/' || title from honour where source = ?", source))
                .isEqualTo("COLLECTIVE/节能攻关班/非公企业劳动竞赛测试一等奖");
        assertThat(db.count("select count(*) from honour where source like ?", "competition:" + c + ":%")).isEqualTo(2);
    }

    @Test
    void twoRegistrationsAtOnceCannotBothTakeTheLastPlace() throws Exception {
        Map<String, Object> body = contest("并发名额测试技能大赛");
        body.put("places", 1);
        long c = create(null, body);
        long e = enterprise(db, "并发测试公司");
        List<Long> workers = List.of(worker(db, "并发甲", e), worker(db, "并发乙", e), worker(db, "并发丙", e));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (long w : workers) {
            answers.add(pool.submit(() -> {
                start.await();
                return as(null).body(Map.of("workerId", w)).when().post("/api/v1/competitions/" + c + "/participants").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var a : answers) {
            statuses.add(a.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(db.count("select count(*) from competition_participant where competition_id = ?", c)).isEqualTo(1);
    }

    @Test
    void badInputIsA400OrA409AndChangesNothing() {
        long before = db.count("select count(*) from competition");
        as(null).body("{\"kind\": \"SKILL_CONTEST\", \"name\": ").when().post("/api/v1/competitions").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> unknown = contest("未知类别");
        unknown.put("kind", "CHESS");
        as(null).body(unknown).when().post("/api/v1/competitions").then().statusCode(400);
        Map<String, Object> missing = contest("缺字段");
        missing.remove("level");
        as(null).body(missing).when().post("/api/v1/competitions").then().statusCode(400).body("errors.field", hasItem(containsString("level")));
        Map<String, Object> labour = contest("劳动竞赛缺领域");
        labour.put("kind", "LABOUR_COMPETITION");
        as(null).body(labour).when().post("/api/v1/competitions").then().statusCode(400).body("errors.field", hasItem("field"));
        Map<String, Object> unknownField = contest("多余字段");
        unknownField.put("prize", "奖杯");
        as(null).body(unknownField).when().post("/api/v1/competitions").then().statusCode(400);
        Map<String, Object> wrongType = contest("类型错误");
        wrongType.put("places", "很多");
        as(null).body(wrongType).when().post("/api/v1/competitions").then().statusCode(400);
        as(null).queryParam("stage", "FINISHED").when().get("/api/v1/competitions").then().statusCode(400).body("errors[0].field", equalTo("stage"));
        assertThat(db.count("select count(*) from competition")).isEqualTo(before);

        long c = create(null, contest("版本测试技能大赛"));
        Map<String, Object> change = contest("版本测试技能大赛(改)");
        change.put("version", 0);
        as(null).body(change).when().put("/api/v1/competitions/" + c).then().statusCode(200).body("version", equalTo(1));
        as(null).when().get("/api/v1/competitions/" + c).then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(null).header("If-Match", "\"0\"").body(change).when().put("/api/v1/competitions/" + c).then().statusCode(412);
        change.put("name", "过期的修改");
        as(null).body(change).when().put("/api/v1/competitions/" + c).then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        assertThat(db.string("select name from competition where id = ?", c)).isEqualTo("版本测试技能大赛(改)");
        as(null).body(Map.of("target", "REVIEW", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(null).header("If-Match", "\"0\"").body(Map.of("target", "REVIEW", "version", 1)).when().post("/api/v1/competitions/" + c + "/stage")
                .then().statusCode(412);
        as(null).body(Map.of("target", "FINISHED", "version", 1)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(400);
        as(null).when().get("/api/v1/competitions/99999999").then().statusCode(404);
        as(null).when().get("/api/v1/competitions/abc").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheCompetitionOperations() {
        as(null).accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/competitions/{id}/stage'.post.summary", containsString("阶段"))
                .body("paths.'/api/v1/competitions/{id}/stage'.post.responses", org.hamcrest.Matchers.hasKey("409"))
                .body("paths.'/api/v1/competitions/{id}/scores/{judgeId}/{participantId}'.put.summary", notNullValue())
                .body("paths.'/api/v1/statistics/competitions'.get.summary", notNullValue())
                .body("components.schemas", org.hamcrest.Matchers.hasKey("Competition"));
    }
}
