package gov.xianan.reform.security.attacks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Fixtures of the attacks on files, imports and exports (items 3, 4, 5 and 10), through the API with real tokens. */
@ApplicationScoped
public class AttackFixturesFiles {

    public static final String IMPORT_HEADER = "身份证号,姓名,文化程度,月工资,技能等级,工种,农业户口,外来务工,工会会员,党员,手机号,企业统一社会信用代码,入职日期\n";

    @Inject
    Db db;

    public Db db() {
        return db;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A registered enterprise, by a registry editor; its id. */
    public long enterprise(String token, String name) {
        return as(token).contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", name, "industryCode", "textiles", "ownership", "NON_PUBLIC", "size", "SMALL",
                        "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public String creditCode(long enterprise) {
        return db.string("select credit_code from enterprise where id = ?", enterprise);
    }

    /** A worker of {@code enterprise} with the given name and phone 13812345678; its id. */
    public long worker(String token, long enterprise, String idNumber, String name, String occupation) {
        var body = new java.util.HashMap<String, Object>(Map.of("idNumber", idNumber, "name", name, "education", "SENIOR_HIGH", "monthlyWage", 4200,
                "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false,
                "phone", "13812345678"));
        body.put("enterpriseId", enterprise);
        if (occupation != null) {
            body.put("occupation", occupation);
        }
        return as(token).contentType("application/json").body(body).when().post("/api/v1/workers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Uploads an import file and waits for its job to end; the job's id. */
    public long importAndWait(String token, String csv, boolean dryRun) {
        long id = as(token).multiPart("file", "workers.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).queryParam("dryRun", dryRun)
                .when().post("/api/v1/imports/workers").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> List.of("VALIDATED", "SUCCEEDED", "FAILED")
                .contains(db.string("select status from import_job where id = ?", id)));
        return id;
    }

    public static String importRow(String id, String name, String phone, String creditCode) {
        return id + "," + name + ",高中及中专,3800.50,中级工,挡车工,是,否,是,否," + phone + "," + creditCode + ",2023-05-01\n";
    }

    /** Events of one record of one type: ids of different tables coincide (an import job and a worker can both be 57). */
    public long events(String action, String actor, String entityType, String entityId) {
        return db.count("select count(*) from audit_event where action = ? and actor = ? and entity_type = ? and entity_id = ?", action, actor,
                entityType, entityId);
    }

    public long events(String action, String actor, String entityId) {
        return db.count("select count(*) from audit_event where action = ? and actor = ? and coalesce(entity_id, '') = coalesce(?, '')", action, actor,
                entityId);
    }

    public static String token(String user) {
        return KeycloakTokens.password(user);
    }
}
