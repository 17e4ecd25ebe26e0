package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesWorkflow.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Issue 11, item 9: {@code version} was optional on task suspend/reopen, fund budget adjustment (an
 * absolute value: a lost update), participant review, objection resolve and competition stage
 * changes. Table-driven over every write that changes an existing record, each by a caller allowed
 * to make it, with a real Keycloak token: without the version read the write is 400 naming
 * {@code version}, with a stale one 409 {@code /problems/stale-version}; neither changes anything;
 * with the current version it goes through (so the refusals are the version's, not the role's).
 */
@QuarkusTest
@Tag("keycloak")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Attack09VersionRequiredTest {

    @Inject
    AttackFixturesWorkflow fx;

    /** Where the version travels. */
    enum Where {
        BODY, QUERY, MARK
    }

    /**
     * One write: who may make it, how to send it with a given version (null: none), the record's
     * current version, and a snapshot of the record that a refused write must leave as it was.
     */
    record Write(String name, String user, String method, String path, Map<String, Object> body, Where where, Supplier<Long> current,
            Supplier<String> snapshot, String field) {

        ValidatableResponse send(Long version) {
            RequestSpecification r = given().auth().oauth2(token(user)).contentType("application/json");
            Map<String, Object> b = body == null ? null : new HashMap<>(body);
            switch (where) {
                case BODY -> {
                    if (version != null) {
                        b.put("version", version);
                    }
                }
                case QUERY -> {
                    if (version != null) {
                        r = r.queryParam("version", version);
                    }
                }
                case MARK -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mark = new HashMap<>(((List<Map<String, Object>>) b.get("scores")).get(0));
                    if (version != null) {
                        mark.put("version", version);
                    }
                    b.put("scores", List.of(mark));
                }
            }
            if (b != null) {
                r = r.body(b);
            }
            return r.when().request(method, path).then();
        }

        @Override
        public String toString() {
            return name + " by " + user;
        }
    }

    Write write(String name, String user, String method, String path, Map<String, Object> body, String table, long id) {
        return new Write(name, user, method, path, body, Where.BODY, () -> fx.version(table, id), () -> row(table, id), "version");
    }

    String row(String table, long id) {
        return fx.db().string("select t::text from " + table + " t where id = ?", id);
    }

    Stream<Write> writes() {
        List<Write> all = new java.util.ArrayList<>();

        // tasks (the lead unit; the assigned department answers notices)
        long task = fx.task("攻击九任务", "publicity", 2093, null);
        all.add(write("suspend a task", "federation-lead", "POST", "/api/v1/tasks/" + task + "/suspend", Map.of("reason", "等待上级文件"), "reform_task", task));
        long suspended = fx.task("攻击九暂停任务", "publicity", 2093, null);
        fx.db().execute("update reform_task set suspended = true, status = 'SUSPENDED', status_reason = '暂停' where id = ?", suspended);
        all.add(write("reopen a task", "federation-lead", "POST", "/api/v1/tasks/" + suspended + "/reopen", Map.of("reason", "恢复"), "reform_task",
                suspended));
        long changed = fx.task("攻击九修改任务", "publicity", 2093, null);
        Map<String, Object> taskBody = new HashMap<>();
        taskBody.put("title", "攻击九修改任务(改)");
        taskBody.put("area", "IDEOLOGY");
        taskBody.put("targetValue", 120);
        taskBody.put("targetUnit", "场");
        taskBody.put("startDate", "2093-01-01");
        taskBody.put("deadline", "2093-12-31");
        taskBody.put("priority", "HIGH");
        taskBody.put("year", 2093);
        taskBody.put("leadDepartment", "publicity");
        all.add(write("change a task (milestones too)", "federation-lead", "PUT", "/api/v1/tasks/" + changed, taskBody, "reform_task", changed));
        long supervised = fx.task("攻击九督办任务", "publicity", 2093, null);
        long notice = fx.notice(supervised);
        all.add(write("answer a supervision notice", "publicity-staff", "POST", "/api/v1/tasks/" + supervised + "/supervision-notices/" + notice + "/acknowledge",
                Map.of("answer", "已落实"), "supervision_notice", notice));

        // subsidies (hrss: the approver decides, the reviewer reviews, staff enter; hrss-staff entered all of these)
        long fund = fx.fund("100000");
        long programme = fx.programme(fund);
        long enterprise = fx.enterprise("攻击九补贴公司");
        all.add(write("adjust a fund's budget", "hrss-approver", "POST", "/api/v1/funds/" + fund + "/budget-adjustments",
                Map.of("budget", 200000, "reason", "追加"), "subsidy_fund", fund));
        long draft = fx.application(programme, enterprise, "DRAFT");
        long trainee = fx.db().count("select worker_id from subsidy_application_trainee where application_id = ?", draft);
        all.add(write("change a draft application", "hrss-approver", "PUT", "/api/v1/subsidy-applications/" + draft,
                AttackFixturesWorkflow.applicationBody(enterprise, programme, trainee), "subsidy_application", draft));
        long toSubmit = fx.application(programme, enterprise, "DRAFT");
        all.add(write("submit an application", "hrss-approver", "POST", "/api/v1/subsidy-applications/" + toSubmit + "/submit", Map.of(),
                "subsidy_application", toSubmit));
        long toReview = fx.application(programme, enterprise, "SUBMITTED");
        all.add(write("review an application", "hrss-reviewer", "POST", "/api/v1/subsidy-applications/" + toReview + "/review", Map.of(),
                "subsidy_application", toReview));
        long toReturn = fx.application(programme, enterprise, "SUBMITTED");
        all.add(write("return an application", "hrss-reviewer", "POST", "/api/v1/subsidy-applications/" + toReturn + "/return",
                Map.of("reason", "材料不全"), "subsidy_application", toReturn));
        long toApprove = fx.application(programme, enterprise, "REVIEWED");
        all.add(write("approve an application", "hrss-approver", "POST", "/api/v1/subsidy-applications/" + toApprove + "/approve", Map.of(),
                "subsidy_application", toApprove));
        long toReject = fx.application(programme, enterprise, "REVIEWED");
        all.add(write("reject an application", "hrss-approver", "POST", "/api/v1/subsidy-applications/" + toReject + "/reject",
                Map.of("reason", "不符合条件"), "subsidy_application", toReject));
        long toPay = fx.application(programme, enterprise, "APPROVED");
        all.add(write("disburse an application", "hrss-approver", "POST", "/api/v1/subsidy-applications/" + toPay + "/disburse",
                Map.of("voucherNo", "A9-1", "disbursedOn", "2020-07-01", "amount", 1000), "subsidy_application", toPay));

        // competitions (hrss-reviewer organises hrss's)
        long registration = fx.competition("攻击九报名竞赛", "REGISTRATION");
        all.add(write("change a competition", "hrss-reviewer", "PUT", "/api/v1/competitions/" + registration,
                AttackFixturesWorkflow.competitionBody("攻击九报名竞赛(改)"), "competition", registration));
        long staged = fx.competition("攻击九阶段竞赛", "REGISTRATION");
        all.add(write("move a competition to the next stage", "hrss-reviewer", "POST", "/api/v1/competitions/" + staged + "/stage",
                Map.of("target", "REVIEW"), "competition", staged));
        long advanced = fx.competition("攻击九推进竞赛", "REGISTRATION");
        all.add(new Write("advance a competition", "hrss-reviewer", "POST", "/api/v1/competitions/" + advanced + "/advance", null, Where.QUERY,
                () -> fx.version("competition", advanced), () -> row("competition", advanced), "version"));
        long pending = fx.participant(registration, "PENDING");
        all.add(write("review a registration", "hrss-reviewer", "POST", "/api/v1/competitions/" + registration + "/participants/" + pending + "/review",
                Map.of("decision", "ACCEPTED"), "competition_participant", pending));
        long judge = fx.judge(registration, null);
        all.add(new Write("remove a judge", "hrss-reviewer", "DELETE", "/api/v1/competitions/" + registration + "/judges/" + judge, null, Where.QUERY,
                () -> fx.version("competition_judge", judge), () -> row("competition_judge", judge), "version"));
        long published = fx.competition("攻击九公示竞赛", "PUBLICATION");
        long objection = fx.objection(published, fx.participant(published, "ACCEPTED"));
        all.add(write("resolve an objection", "hrss-reviewer", "POST", "/api/v1/competitions/" + published + "/objections/" + objection + "/resolve",
                Map.of("upheld", false, "resolution", "经核实不属实"), "competition_objection", objection));
        long scoring = fx.competition("攻击九评分竞赛", "SCORING");
        long item = fx.item(scoring);
        long contestant = fx.participant(scoring, "ACCEPTED");
        long scorer = fx.judge(scoring, "hrss-reviewer");
        long mark = fx.mark(scoring, scorer, contestant, item, "80");
        all.add(new Write("change a judge's mark", "hrss-reviewer", "PUT", "/api/v1/competitions/" + scoring + "/scores/" + scorer + "/" + contestant,
                Map.of("scores", List.of(Map.of("itemId", item, "value", 95))), Where.MARK, () -> fx.version("competition_score", mark) + 1,
                () -> row("competition_score", mark), "scores[0].version"));

        // registry (the lead unit reads and edits all) and departments (admin)
        long company = fx.enterprise("攻击九名册公司");
        String creditCode = fx.db().string("select credit_code from enterprise where id = ?", company);
        all.add(write("change an enterprise", "federation-lead", "PUT", "/api/v1/enterprises/" + company,
                Map.of("creditCode", creditCode, "name", "攻击九名册公司(改)", "industryCode", "electromechanical", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false),
                "enterprise", company));
        long worker = fx.worker("攻击九工人", company);
        Map<String, Object> workerBody = new HashMap<>();
        workerBody.put("idNumber", fx.db().string("select id_number from worker where id = ?", worker));
        workerBody.put("name", "攻击九工人");
        workerBody.put("education", "SENIOR_HIGH");
        workerBody.put("monthlyWage", 4500);
        workerBody.put("skillLevel", "NONE");
        workerBody.put("agriculturalHukou", false);
        workerBody.put("fromOutside", false);
        workerBody.put("unionMember", true);
        workerBody.put("partyMember", false);
        workerBody.put("enterpriseId", company);
        all.add(write("change a worker", "federation-lead", "PUT", "/api/v1/workers/" + worker, workerBody, "worker", worker));
        long honour = fx.db().count("insert into honour (kind, category, title, level, year, issuer, worker_id) values ('INDIVIDUAL', 'MODEL_WORKER', "
                + "'咸安区劳动模范', 'DISTRICT', 2093, '咸安区人民政府', ?) returning id", worker);
        all.add(write("change an honour", "federation-lead", "PUT", "/api/v1/honours/" + honour,
                Map.of("kind", "INDIVIDUAL", "category", "MODEL_WORKER", "title", "咸安区劳动模范", "level", "DISTRICT", "year", 2093,
                        "issuer", "咸安区人民政府(改)", "workerId", worker),
                "honour", honour));
        // an existing department, sent back as it is (the write succeeds and changes nothing that other tests read)
        long department = fx.db().count("select id from department where code = 'ndrc'");
        Map<String, Object> departmentBody = Map.of("name", fx.db().string("select name from department where id = ?", department),
                "nameEn", fx.db().string("select name_en from department where id = ?", department), "leadUnit", false,
                "sortOrder", fx.db().count("select sort_order from department where id = ?", department));
        all.add(write("change a department", "admin", "PUT", "/api/v1/departments/ndrc", departmentBody, "department", department));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void withoutTheVersionReadTheWriteIs400AndWithAStaleOne409(Write w) {
        String before = w.snapshot().get();
        long current = w.current().get();
        w.send(null).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(w.field()));
        assertThat(w.snapshot().get()).as("unchanged after the write without version").isEqualTo(before);
        w.send(current + 1).statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        assertThat(w.snapshot().get()).as("unchanged after the stale write").isEqualTo(before);
        // the caller may make it: with the version read it goes through
        int status = w.send(current).extract().statusCode();
        assertThat(status).as(w + " with the current version").isBetween(200, 204);
    }

    @Test
    void ifMatchIsHonouredWhereAnETagIsServed() {
        long c = fx.competition("攻击九前置条件竞赛", "REGISTRATION");
        String etag = given().auth().oauth2(token("hrss-reviewer")).when().get("/api/v1/competitions/" + c).then().statusCode(200)
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        String before = row("competition", c);
        given().auth().oauth2(token("hrss-reviewer")).contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("target", "REVIEW", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(token("hrss-reviewer")).contentType("application/json").header("If-Match", "\"7\"").queryParam("version", 0)
                .when().post("/api/v1/competitions/" + c + "/advance").then().statusCode(412);
        assertThat(row("competition", c)).isEqualTo(before);
        given().auth().oauth2(token("hrss-reviewer")).contentType("application/json").header("If-Match", etag)
                .body(Map.of("target", "REVIEW", "version", 0)).when().post("/api/v1/competitions/" + c + "/stage").then().statusCode(200);
    }

}
