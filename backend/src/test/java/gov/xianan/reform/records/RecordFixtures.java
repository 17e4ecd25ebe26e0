package gov.xianan.reform.records;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/** Real Keycloak tokens of the demo users, enterprises and tasks for the department-record tests. */
final class RecordFixtures {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private RecordFixtures() {
    }

    /** A request as the demo user (token of the shared test Keycloak, cached per class run). */
    static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokens::password));
    }

    /** A new enterprise (through the registry API, as a registry editor); answers id and credit code. */
    static Map.Entry<Long, String> enterprise(String name) {
        String code = Ids.creditCode();
        long id = as("federation-staff").contentType("application/json")
                .body(Map.of("creditCode", code, "name", name + code.substring(10), "industryCode", "textiles", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", true, "hasUnion", true, "hasPartyOrg", true))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
        return Map.entry(id, code);
    }

    /** A new registry worker of the enterprise (as a registry editor); answers its id. */
    static long worker(String name, long enterpriseId, boolean partyMember) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("idNumber", Ids.idNumber("19880512", false), "name", name, "education", "SENIOR_HIGH",
                "monthlyWage", 4200, "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false, "unionMember", true,
                "partyMember", partyMember));
        m.put("enterpriseId", enterpriseId);
        return as("federation-staff").contentType("application/json").body(m).when().post("/api/v1/workers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A reform task led by {@code lead} with {@code cooperating} (a department code or null). */
    static long task(Db db, String lead, String cooperating) {
        String title = "记录测试任务 " + System.nanoTime();
        db.execute("insert into reform_task (title, area, start_date, deadline, priority, year, lead_department_id, status, created_by) "
                + "select ?, 'IDEOLOGY', date '2020-01-01', date '2020-12-31', 'HIGH', 2020, id, 'IN_PROGRESS', 'test' from department where code = ?",
                title, lead);
        long id = db.count("select id from reform_task where title = ?", title);
        if (cooperating != null) {
            db.execute("insert into reform_task_department (task_id, department_id) select ?, id from department where code = ?", id, cooperating);
        }
        return id;
    }
}
