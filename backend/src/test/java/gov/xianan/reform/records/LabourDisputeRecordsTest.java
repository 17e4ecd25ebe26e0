package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** 劳动争议调解仲裁: hrss's cases; unique case numbers, closed not before received, kinds by label, scope, indicator, history. */
@QuarkusTest
@Tag("keycloak")
class LabourDisputeRecordsTest {

    @Inject
    Db db;

    private static Map<String, Object> fields(long enterprise, String caseNumber) {
        return new HashMap<>(Map.of("caseNumber", caseNumber, "enterpriseId", enterprise, "kind", "劳动报酬", "received", "2035-03-02",
                "channel", "MEDIATION", "outcome", "SETTLED", "workersInvolved", 3));
    }

    private static JsonPath post(String user, Map<String, Object> f, int status) {
        return as(user).contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/labour-disputes")
                .then().statusCode(status).extract().jsonPath();
    }

    /** Two clerks registering the same case number at the same moment: one record, and the other gets the field error, never a 500. */
    @Test
    void concurrentRegistrationsOfOneCaseNumberWriteOneRecordAndAnswerTheOtherWithTheFieldError() throws Exception {
        long enterprise = RecordFixtures.enterprise("并发争议企业").getKey();
        as("hrss-staff"); // the token, before the race
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String number = "咸安劳仲案字〔2036〕并发" + System.nanoTime() + "号";
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<Integer> register = () -> {
                    start.await();
                    return as("hrss-staff").contentType("application/json").body(Map.of("fields", fields(enterprise, number)))
                            .when().post("/api/v1/records/labour-disputes").then().extract().statusCode();
                };
                var first = pool.submit(register);
                var second = pool.submit(register);
                start.countDown();
                assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 400);
                assertThat(db.count("select count(*) from department_record where record_type = 'labour-disputes' and fields ->> 'caseNumber' = ?", number))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hrssRegistersCasesWithUniqueNumbersAndTheIndicatorCountsThem() {
        long enterprise = RecordFixtures.enterprise("争议企业").getKey();
        float before = as("federation-lead").when().get("/api/v1/indicators?year=2035").then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == 'records.labour-disputes' }.value");
        String number = "咸安劳仲案字〔2035〕" + System.nanoTime() % 100000 + "号";
        JsonPath r = post("hrss-staff", fields(enterprise, number), 201);
        assertThat(r.getString("fields.kind")).isEqualTo("WAGES");
        assertThat(r.getString("display.kind")).isEqualTo("劳动报酬");
        assertThat(r.getString("display.channel")).isEqualTo("调解");
        assertThat(r.getString("date")).isEqualTo("2035-03-02");
        assertThat(as("federation-lead").when().get("/api/v1/indicators?year=2035").then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == 'records.labour-disputes' }.value")).isEqualTo(before + 1);

        // the same case number again: 400 naming the field, nothing written
        post("hrss-staff", fields(enterprise, number), 400);
        as("hrss-staff").contentType("application/json").body(Map.of("fields", fields(enterprise, number))).when().post("/api/v1/records/labour-disputes")
                .then().statusCode(400).body("errors.field", hasItem("fields.caseNumber"));
        assertThat(db.count("select count(*) from department_record where record_type = 'labour-disputes' and fields ->> 'caseNumber' = ?", number)).isEqualTo(1);

        // closed before received; workers involved at least 1; others may not write
        Map<String, Object> bad = fields(enterprise, number + "-2");
        bad.put("closed", "2035-03-01");
        bad.put("workersInvolved", 0);
        post("hrss-staff", bad, 400);
        bad.put("workersInvolved", 2);
        as("hrss-staff").contentType("application/json").body(Map.of("fields", bad)).when().post("/api/v1/records/labour-disputes")
                .then().statusCode(400).body("errors.field", hasItem("fields.closed"));
        post("scitech-staff", fields(enterprise, number + "-3"), 403);

        // an edit keeps its own number; scope: the lead unit reads, cannot edit; another department sees nothing
        long id = r.getLong("id");
        Map<String, Object> closed = fields(enterprise, number);
        closed.put("closed", "2035-04-01");
        closed.put("outcome", "裁决");
        closed.put("channel", "仲裁");
        as("hrss-staff").contentType("application/json").body(Map.of("fields", closed, "version", r.getLong("version")))
                .when().put("/api/v1/records/labour-disputes/" + id).then().statusCode(200).body("fields.outcome", equalTo("AWARDED"));
        as("federation-lead").when().get("/api/v1/records/labour-disputes/" + id).then().statusCode(200).body("editable", equalTo(false));
        as("scitech-staff").when().get("/api/v1/records/labour-disputes/" + id).then().statusCode(404);
        as("hrss-staff").when().get("/api/v1/records/labour-disputes/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(2));
        as("hrss-staff").when().get("/api/v1/records/labour-disputes?kind=劳动报酬&enterpriseId=" + enterprise).then().statusCode(200)
                .body("total", equalTo(1));
    }
}
