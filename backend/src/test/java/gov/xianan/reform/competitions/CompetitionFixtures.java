package gov.xianan.reform.competitions;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.restassured.specification.RequestSpecification;

/** Registry rows by SQL (no registry role needed) and competition requests for the tests. */
final class CompetitionFixtures {

    static final int YEAR = LocalDate.now(ClockProducer.ZONE).getYear();

    private CompetitionFixtures() {
    }

    static RequestSpecification as(String token) {
        RequestSpecification r = given().contentType("application/json");
        return token == null ? r : r.auth().oauth2(token);
    }

    static long enterprise(Db db, String name) {
        return enterprise(db, name, "NON_PUBLIC", "SMALL");
    }

    static long enterprise(Db db, String name, String ownership, String size) {
        return Long.parseLong(db.string("insert into enterprise (credit_code, name, industry_code, ownership, size) values (?, ?, 'electromechanical', ?, ?) "
                + "returning id", Ids.creditCode(), name, ownership, size));
    }

    /** A worker born on {@code birth}, with the skill level, employed at the enterprise (none when null). */
    static long worker(Db db, String name, LocalDate birth, String skill, Long enterpriseId) {
        String id = Ids.idNumber(birth.toString().replace("-", ""), true);
        long w = Long.parseLong(db.string("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, enterprise_id) "
                + "values (?, ?, 'MALE', ?, 'SENIOR_HIGH', 4000, ?, ?) returning id", id, name, birth, skill, enterpriseId));
        if (enterpriseId != null) {
            db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", w, enterpriseId, LocalDate.of(2015, 1, 1));
        }
        return w;
    }

    static long worker(Db db, String name, long enterpriseId) {
        return worker(db, name, LocalDate.of(1990, 5, 1), "INTERMEDIATE", enterpriseId);
    }

    /** A skill contest: theory 30 / practice 70, one prize per grade, 技术能手 and skill raise for 一等奖. */
    static Map<String, Object> contest(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "SKILL_CONTEST");
        m.put("name", name);
        m.put("year", YEAR);
        m.put("occupation", "机电维修");
        m.put("level", "DISTRICT");
        m.put("startDate", YEAR + "-01-10");
        m.put("endDate", YEAR + "-01-12");
        m.put("places", 10);
        m.put("minSkillLevel", "JUNIOR");
        m.put("maxSkillLevel", "TECHNICIAN");
        m.put("minAge", 18);
        m.put("maxAge", 50);
        m.put("publicationDays", 7);
        m.put("firstPrizes", 1);
        m.put("secondPrizes", 1);
        m.put("thirdPrizes", 1);
        m.put("technicalExpertUpTo", "FIRST");
        m.put("skillRaiseUpTo", "FIRST");
        m.put("items", List.of(Map.of("name", "理论知识", "weight", 30), Map.of("name", "实际操作", "weight", 70)));
        return m;
    }

    static long create(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/competitions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long register(String token, long competition, long worker) {
        return as(token).body(Map.of("workerId", worker)).when().post("/api/v1/competitions/" + competition + "/participants")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void accept(String token, long competition, long participant) {
        as(token).body(Map.of("decision", "ACCEPTED", "version", participantVersion(token, competition, participant)))
                .when().post("/api/v1/competitions/" + competition + "/participants/" + participant + "/review")
                .then().statusCode(200);
    }

    /** The registration's version as the caller reads it (0 when the caller cannot read it). */
    static long participantVersion(String token, long competition, long participant) {
        var r = as(token).when().get("/api/v1/competitions/" + competition + "/participants").then().extract();
        if (r.statusCode() != 200) {
            return 0;
        }
        Number v = r.jsonPath().get("find { it.id == " + participant + " }.version");
        return v == null ? 0 : v.longValue();
    }

    /** The competition's version as the caller reads it (0 when the caller cannot read it). */
    static long version(String token, long competition) {
        var r = as(token).when().get("/api/v1/competitions/" + competition).then().extract();
        return r.statusCode() == 200 ? r.jsonPath().getLong("version") : 0;
    }

    /** The judge's version as the caller reads it (0 when the caller cannot read it). */
    static long judgeVersion(String token, long competition, long judge) {
        var r = as(token).when().get("/api/v1/competitions/" + competition + "/judges").then().extract();
        if (r.statusCode() != 200) {
            return 0;
        }
        Number v = r.jsonPath().get("find { it.id == " + judge + " }.version");
        return v == null ? 0 : v.longValue();
    }

    /** The marks of one sheet as a request body: each item with its value and the version read (0 when unread or unmarked). */
    static Map<String, Object> marks(String token, long competition, long judge, long participant, Map<Long, Number> values) {
        var r = as(token).queryParam("judgeId", judge).queryParam("participantId", participant)
                .when().get("/api/v1/competitions/" + competition + "/scores").then().extract();
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        values.forEach((item, value) -> {
            Number v = r.statusCode() == 200 ? r.jsonPath().get("[0].scores.find { it.itemId == " + item + " }.version") : null;
            scores.add(Map.of("itemId", item, "value", value, "version", v == null ? 0 : v.longValue()));
        });
        return Map.of("scores", scores);
    }

    static long judge(String token, long competition, String name, Long enterpriseId, String username) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        if (enterpriseId != null) {
            b.put("enterpriseId", enterpriseId);
        }
        if (username != null) {
            b.put("username", username);
        }
        return as(token).body(b).when().post("/api/v1/competitions/" + competition + "/judges").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Long> items(String token, long competition) {
        return as(token).when().get("/api/v1/competitions/" + competition).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    static void stage(String token, long competition, String target, int status) {
        as(token).body(Map.of("target", target, "version", version(token, competition)))
                .when().post("/api/v1/competitions/" + competition + "/stage").then().statusCode(status);
    }

    static void score(String token, long competition, long judge, long participant, List<Long> items, double theory, double practice) {
        Map<Long, Number> values = new java.util.LinkedHashMap<>();
        values.put(items.get(0), theory);
        values.put(items.get(1), practice);
        as(token).body(marks(token, competition, judge, participant, values))
                .when().put("/api/v1/competitions/" + competition + "/scores/" + judge + "/" + participant).then().statusCode(200);
    }
}
