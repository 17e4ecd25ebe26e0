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

/**
 * 发展党员: the federation's records of workers reaching the stages of party membership; reaching
 * 预备党员 makes the registry worker a party member with that date in the same transaction (an
 * Envers revision in the worker's history); an edit that takes the joining back undoes it.
 */
@QuarkusTest
@Tag("keycloak")
class PartyMemberDevelopmentRecordsTest {

    @Inject
    Db db;

    private static JsonPath post(String user, Map<String, Object> fields, int status) {
        return as(user).contentType("application/json").body(Map.of("fields", fields)).when().post("/api/v1/records/party-member-development")
                .then().statusCode(status).extract().jsonPath();
    }

    private static float indicator(int year) {
        return as("federation-lead").when().get("/api/v1/indicators?year=" + year).then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == 'records.party-members-developed' }.value");
    }

    @Test
    void joiningMakesTheWorkerAPartyMemberAndAnEditTakesItBack() {
        long enterprise = RecordFixtures.enterprise("党建企业").getKey();
        long worker = RecordFixtures.worker("党晓明", enterprise, false);
        float before = indicator(2034);
        long revisionsBefore = db.count("select count(*) from worker_aud where id = ?", worker);

        // earlier stages do not touch the registry
        JsonPath activist = post("federation-staff", Map.of("workerId", worker, "stage", "入党积极分子", "date", "2032-05-01"), 201);
        assertThat(activist.getString("fields.stage")).isEqualTo("ACTIVIST");
        assertThat(activist.getString("display.workerId")).isEqualTo("党晓明");
        assertThat(db.string("select party_member::text from worker where id = ?", worker)).isEqualTo("false");

        // 预备党员: a party member since that day, in the same transaction, in the worker's history
        long joined = post("federation-staff", Map.of("workerId", worker, "stage", "PROBATIONARY", "date", "2034-06-30"), 201).getLong("id");
        assertThat(db.string("select party_member::text || ' ' || party_joined_on::text from worker where id = ?", worker)).isEqualTo("true 2034-06-30");
        assertThat(db.count("select count(*) from worker_aud where id = ?", worker)).isEqualTo(revisionsBefore + 1);
        assertThat(db.string("select r.actor from worker_aud a join audit_revision r on r.id = a.rev where a.id = ? order by a.rev desc limit 1", worker))
                .isEqualTo("federation-staff");
        as("federation-staff").when().get("/api/v1/workers/" + worker).then().statusCode(200).body("partyMember", equalTo(true))
                .body("partyJoinedOn", equalTo("2034-06-30"));
        assertThat(indicator(2034)).isEqualTo(before + 1);

        // an edit of the date moves the joining date
        long version = as("federation-staff").when().get("/api/v1/records/party-member-development/" + joined).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        as("federation-staff").contentType("application/json")
                .body(Map.of("fields", Map.of("workerId", worker, "stage", "PROBATIONARY", "date", "2034-07-01"), "version", version))
                .when().put("/api/v1/records/party-member-development/" + joined).then().statusCode(200);
        assertThat(db.string("select party_joined_on::text from worker where id = ?", worker)).isEqualTo("2034-07-01");

        // an edit that takes the joining back (another stage) undoes what the record set
        as("federation-staff").contentType("application/json")
                .body(Map.of("fields", Map.of("workerId", worker, "stage", "CANDIDATE", "date", "2034-07-01"), "version", version + 1))
                .when().put("/api/v1/records/party-member-development/" + joined).then().statusCode(200);
        assertThat(db.string("select party_member::text || ' ' || coalesce(party_joined_on::text, '-') from worker where id = ?", worker))
                .isEqualTo("false -");
    }

    @Test
    void aMembershipEnteredInTheRegistryStaysWhenARecordIsTakenBack() {
        long enterprise = RecordFixtures.enterprise("党建企业乙").getKey();
        long worker = RecordFixtures.worker("党员甲", enterprise, true); // a member in the registry, date unknown
        long id = post("federation-staff", Map.of("workerId", worker, "stage", "PROBATIONARY", "date", "2016-07-01"), 201).getLong("id");
        assertThat(db.string("select party_joined_on::text from worker where id = ?", worker)).isEqualTo("2016-07-01");
        // the registry then records another date: a record taken back no longer owns the membership
        db.execute("update worker set party_joined_on = date '2015-07-01' where id = ?", worker);
        long version = as("federation-staff").when().get("/api/v1/records/party-member-development/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        long other = RecordFixtures.worker("党员乙", enterprise, false);
        // moving the record to another worker: that worker joins, the first keeps the registry's membership
        as("federation-staff").contentType("application/json")
                .body(Map.of("fields", Map.of("workerId", other, "stage", "PROBATIONARY", "date", "2016-07-01"), "version", version))
                .when().put("/api/v1/records/party-member-development/" + id).then().statusCode(200);
        assertThat(db.string("select party_member::text || ' ' || party_joined_on::text from worker where id = ?", worker)).isEqualTo("true 2015-07-01");
        assertThat(db.string("select party_member::text || ' ' || party_joined_on::text from worker where id = ?", other)).isEqualTo("true 2016-07-01");
    }

    @Test
    void onlyTheFederationWritesAndTheWorkerMustExist() {
        long enterprise = RecordFixtures.enterprise("党建企业丙").getKey();
        long worker = RecordFixtures.worker("党员丙", enterprise, false);
        Map<String, Object> f = new HashMap<>(Map.of("workerId", worker, "stage", "ACTIVIST", "date", "2020-03-01"));
        post("publicity-staff", f, 403);
        f.put("workerId", 987_654_321L);
        f.put("stage", "NOPE");
        as("federation-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/party-member-development")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("fields.workerId")).body("errors.field", hasItem("fields.stage"));
        assertThat(db.count("select count(*) from department_record where record_type = 'party-member-development' and fields ->> 'workerId' = ?",
                "987654321")).isZero();
    }
}
