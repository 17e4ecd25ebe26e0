package gov.xianan.reform.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Upserts by ID number (issue 15): the HR bureau's system creates, updates and re-sends workers
 * with its real client-credentials token; the same body twice writes nothing; concurrent upserts of
 * one person neither fail nor lose a change; callers without pii-reader are refused and logged; a
 * development-zone department writes only the zone's workers; batches answer per row in both modes
 * and refuse more than 1,000 rows. Every assertion is checked against the rows in the database.
 */
@QuarkusTest
@Tag("keycloak")
class WorkerUpsertTest {

    @Inject
    Db db;

    static String hrSystem() {
        return KeycloakTokens.clientCredentials("hr-system", "hr-system-secret");
    }

    long enterprise(boolean inDevZone) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size, in_dev_zone) "
                + "values (?, ?, 'electromechanical', 'NON_PUBLIC', 'SMALL', ?) returning id", Ids.creditCode(), "同步测试企业" + System.nanoTime() % 100000,
                inDevZone);
    }

    static Map<String, Object> body(String idNumber, long enterprise, int wage) {
        Map<String, Object> b = new HashMap<>(Map.of("name", "同步工人", "education", "SENIOR_HIGH", "monthlyWage", wage, "skillLevel", "INTERMEDIATE",
                "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false, "phone", "13812345678",
                "enterpriseId", enterprise));
        if (idNumber != null) {
            b.put("idNumber", idNumber);
        }
        return b;
    }

    static Response put(String token, String idNumber, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().put("/api/v1/workers/by-id-number/" + idNumber);
    }

    long events(String action, String actor) {
        return db.count("select count(*) from audit_event where action = ? and actor = ?", action, actor);
    }

    @Test
    void theHrSystemCreatesThenUpdatesAndTheSameBodyAgainChangesNothing() {
        String token = hrSystem();
        long e = enterprise(false);
        long other = enterprise(false);
        String id = Ids.idNumber("19880312", true);
        long upserts = events("UPSERT", "service-account-hr-system");

        Response created = put(token, id, body(null, e, 4200));
        created.then().statusCode(201).header("X-Upsert-Outcome", "CREATED").header("Location", containsString("/api/v1/workers/"))
                .body("idNumber", equalTo(id)).body("masked", equalTo(false)).body("version", equalTo(0)).body("enterprise.id", equalTo((int) e))
                .body("gender", equalTo("MALE")).body("birthDate", equalTo("1988-03-12"));
        long worker = created.jsonPath().getLong("id");
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isEqualTo(1);
        assertThat(db.count("select count(*) from employment where worker_id = ? and end_date is null and enterprise_id = ?", worker, e)).isEqualTo(1);
        assertThat(db.count("select count(*) from worker_aud where id = ?", worker)).isEqualTo(1);
        assertThat(db.string("select r.client_id from worker_aud a join audit_revision r on r.id = a.rev where a.id = ?", worker)).isEqualTo("hr-system");

        // the same body again: 200, nothing written, version kept
        put(token, id, body(id, e, 4200)).then().statusCode(200).header("X-Upsert-Outcome", "UNCHANGED").body("version", equalTo(0));
        assertThat(db.count("select version from worker where id = ?", worker)).isZero();
        assertThat(db.count("select count(*) from worker_aud where id = ?", worker)).isEqualTo(1);

        // a change: no version needed, version + 1; and again: unchanged
        put(token, id, body(id, e, 5100)).then().statusCode(200).header("X-Upsert-Outcome", "UPDATED").body("version", equalTo(1))
                .body("monthlyWage", equalTo(5100.0f));
        put(token, id, body(id, e, 5100)).then().statusCode(200).header("X-Upsert-Outcome", "UNCHANGED").body("version", equalTo(1));
        assertThat(db.string("select monthly_wage::text from worker where id = ?", worker)).isEqualTo("5100.00");
        assertThat(db.count("select count(*) from worker_aud where id = ?", worker)).isEqualTo(2);

        // a different employer is a transfer: one employment closed, one open at the other enterprise
        Map<String, Object> moved = body(id, other, 5100);
        moved.put("employedSince", java.time.LocalDate.now().plusDays(1).toString());
        put(token, id, moved).then().statusCode(200).header("X-Upsert-Outcome", "UPDATED").body("enterprise.id", equalTo((int) other));
        assertThat(db.count("select count(*) from employment where worker_id = ? and end_date is not null and enterprise_id = ?", worker, e)).isEqualTo(1);
        assertThat(db.count("select count(*) from employment where worker_id = ? and end_date is null and enterprise_id = ?", worker, other)).isEqualTo(1);

        // a version, when given, must match
        Map<String, Object> stale = body(id, other, 6000);
        stale.put("version", 0);
        put(token, id, stale).then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        assertThat(db.string("select monthly_wage::text from worker where id = ?", worker)).isEqualTo("5100.00");

        // every answer is logged, the ID number masked
        assertThat(events("UPSERT", "service-account-hr-system") - upserts).isEqualTo(5);
        assertThat(db.count("select count(*) from audit_event where action = 'UPSERT' and detail like ?", "%" + id + "%")).isZero();
        assertThat(db.count("select count(*) from audit_event where action = 'UPSERT' and entity_id = ? and detail like ?", String.valueOf(worker),
                "%" + IdNumbers.mask(id) + "%")).isEqualTo(5);
        assertThat(db.string("select client_id from audit_event where action = 'UPSERT' and entity_id = ? order by id desc limit 1", String.valueOf(worker)))
                .isEqualTo("hr-system");
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String token = hrSystem();
        long e = enterprise(false);
        String id = Ids.idNumber("19900101", false);
        // the body's ID number must be the path's
        put(token, id, body(Ids.idNumber("19900101", false), e, 4000)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("idNumber"));
        // a wrong check character
        String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        put(token, wrong, body(null, e, 4000)).then().statusCode(400).body("errors.field", hasItem("idNumber"));
        // Bean Validation of the body, named per field
        Map<String, Object> noName = body(null, e, 4000);
        noName.remove("name");
        put(token, id, noName).then().statusCode(400).body("errors.field", hasItem("name"));
        // a birth date that the number contradicts
        Map<String, Object> born = body(null, e, 4000);
        born.put("birthDate", "1991-01-01");
        put(token, id, born).then().statusCode(400).body("errors.field", hasItem("birthDate"));
        // an unknown employer
        put(token, id, body(null, 987654321L, 4000)).then().statusCode(400).body("errors.field", hasItem("enterpriseId"));
        assertThat(db.count("select count(*) from worker where id_number in (?, ?)", id, wrong)).isZero();
    }

    @Test
    void callersWithoutPiiReaderOrWriteRightsAreRefusedAndLogged() {
        long e = enterprise(false);
        String id = Ids.idNumber("19850505", true);
        for (String user : new String[] { "federation-staff", "publicity-staff", "hrss-staff" }) {
            long denied = events("SCOPE_DENIED", user);
            put(KeycloakTokens.password(user), id, body(null, e, 4000)).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/registry-scope"));
            given().auth().oauth2(KeycloakTokens.password(user)).contentType("application/json").body(Map.of("workers", List.of(body(id, e, 4000))))
                    .when().post("/api/v1/workers/batch-upsert").then().statusCode(403);
            assertThat(events("SCOPE_DENIED", user) - denied).as(user).isEqualTo(2);
        }
        given().auth().oauth2(KeycloakTokens.clientCredentials("data-platform", "data-platform-secret")).contentType("application/json")
                .body(body(null, e, 4000)).when().put("/api/v1/workers/by-id-number/" + id).then().statusCode(403);
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isZero();
        // the lead unit's registry editor with pii-reader may
        put(KeycloakTokens.password("federation-lead"), id, body(null, e, 4000)).then().statusCode(201);
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isEqualTo(1);
    }

    @Test
    void aRefusedSaveDoesNotTellACallerWithoutPiiReaderTheBirthDate() {
        long e = enterprise(false);
        String id = Ids.idNumber("19870707", true);
        Map<String, Object> born = body(id, e, 4000);
        born.put("birthDate", "1990-01-01");
        given().auth().oauth2(KeycloakTokens.password("federation-staff")).contentType("application/json").body(born).when().post("/api/v1/workers")
                .then().statusCode(400).body("errors.field", hasItem("birthDate")).body(not(containsString("1987-07-07")));
    }

    @Test
    @TestSecurity(user = "service-account-zone-sync", roles = { "staff", "pii-reader" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "devzone"), @Claim(key = "preferred_username", value = "service-account-zone-sync"),
            @Claim(key = "azp", value = "zone-sync") })
    void aDevelopmentZoneSystemWritesOnlyTheZonesWorkers() {
        long zone = enterprise(true);
        long outside = enterprise(false);
        String id = Ids.idNumber("19920202", false);
        given().contentType("application/json").body(body(null, outside, 4000)).when().put("/api/v1/workers/by-id-number/" + id).then().statusCode(403)
                .body("type", equalTo("/problems/registry-scope")).body("errors.field", hasItem("enterpriseId"));
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isZero();
        given().contentType("application/json").body(body(null, zone, 4000)).when().put("/api/v1/workers/by-id-number/" + id).then().statusCode(201);
        // a worker employed outside the zone is not the zone's to change, even when moved into it
        String elsewhere = Ids.idNumber("19930303", true);
        db.execute("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, agricultural_hukou, enterprise_id) "
                + "values (?, '区外工人', 'MALE', '1993-03-03', 'SENIOR_HIGH', 4000, 'INTERMEDIATE', false, ?)", elsewhere, outside);
        given().contentType("application/json").body(body(null, zone, 4000)).when().put("/api/v1/workers/by-id-number/" + elsewhere).then()
                .statusCode(403);
        assertThat(db.string("select name from worker where id_number = ?", elsewhere)).isEqualTo("区外工人");
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'service-account-zone-sync' and detail like ?",
                "%" + IdNumbers.mask(elsewhere) + "%")).isEqualTo(1);
    }

    @Test
    void concurrentUpsertsOfOnePersonNeitherFailNorLoseAChange() throws Exception {
        String token = hrSystem();
        long e = enterprise(false);
        String id = Ids.idNumber("19890909", true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int wage = 4000 + i;
            answers.add(pool.submit(() -> put(token, id, body(null, e, wage))));
        }
        int created = 0;
        int updated = 0;
        for (Future<Response> f : answers) {
            Response r = f.get();
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 201);
            created += r.statusCode() == 201 ? 1 : 0;
            updated += "UPDATED".equals(r.header("X-Upsert-Outcome")) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isEqualTo(1);
        // each change was applied on top of the one before it: the version counts every update
        assertThat(db.count("select version from worker where id_number = ?", id)).isEqualTo(updated);
        assertThat(db.count("select count(*) from worker_aud a join worker w on w.id = a.id where w.id_number = ?", id)).isEqualTo(1 + updated);
    }

    // ------------------------------------------------------------------------------ batches

    static Response batch(String token, String mode, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType("application/json").queryParam("mode", mode).body(Map.of("workers", rows)).when()
                .post("/api/v1/workers/batch-upsert");
    }

    @Test
    void perRowWritesTheGoodRowsAndReportsEachRow() {
        String token = hrSystem();
        long e = enterprise(false);
        String existing = Ids.idNumber("19800101", true);
        put(token, existing, body(null, e, 4000)).then().statusCode(201);
        String fresh = Ids.idNumber("19810202", false);
        String changed = Ids.idNumber("19820303", true);
        put(token, changed, body(null, e, 4000)).then().statusCode(201);
        String bad = fresh.substring(0, 17) + (fresh.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> noSkill = body(Ids.idNumber("19830404", true), e, 4000);
        noSkill.remove("skillLevel");

        Response r = batch(token, "PER_ROW", List.of(body(fresh, e, 4100), body(existing, e, 4000), body(changed, e, 4300), body(bad, e, 4000),
                body(fresh, e, 4200), noSkill));
        r.then().statusCode(200).body("mode", equalTo("PER_ROW")).body("written", equalTo(true))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1)).body("rejected", equalTo(3))
                .body("results[0].outcome", equalTo("CREATED")).body("results[0].idNumber", equalTo(fresh)).body("results[0].errors.size()", equalTo(0))
                .body("results[1].outcome", equalTo("UNCHANGED")).body("results[2].outcome", equalTo("UPDATED")).body("results[2].version", equalTo(1))
                .body("results[3].outcome", equalTo("REJECTED")).body("results[3].workerId", nullValue()).body("results[3].errors[0].field", equalTo("idNumber"))
                .body("results[4].outcome", equalTo("REJECTED")).body("results[4].index", equalTo(4))
                .body("results[5].outcome", equalTo("REJECTED")).body("results[5].errors.field", hasItem("skillLevel"));
        assertThat(r.jsonPath().getLong("results[0].workerId")).isEqualTo(db.count("select id from worker where id_number = ?", fresh));
        assertThat(db.string("select monthly_wage::text from worker where id_number = ?", fresh)).isEqualTo("4100.00");
        assertThat(db.string("select monthly_wage::text from worker where id_number = ?", changed)).isEqualTo("4300.00");
        assertThat(db.count("select version from worker where id_number = ?", existing)).isZero();
        assertThat(db.count("select count(*) from worker where id_number = ?", bad)).isZero();
    }

    @Test
    void allOrNothingWritesNothingWhenOneRowIsBad() {
        String token = hrSystem();
        long e = enterprise(false);
        String existing = Ids.idNumber("19780808", true);
        put(token, existing, body(null, e, 4000)).then().statusCode(201);
        String fresh = Ids.idNumber("19790909", false);
        Map<String, Object> late = body(Ids.idNumber("19770707", true), 987654321L, 4000); // no such enterprise: found only when written
        long refused = db.count("select count(*) from audit_event where action = 'UPSERT' and outcome = 'REFUSED'");

        batch(token, "ALL_OR_NOTHING", List.of(body(fresh, e, 4100), body(existing, e, 4500), late)).then().statusCode(422)
                .body("written", equalTo(false)).body("rejected", equalTo(1))
                .body("results[0].outcome", equalTo("CREATED")).body("results[0].workerId", nullValue())
                .body("results[1].outcome", equalTo("UPDATED")).body("results[2].outcome", equalTo("REJECTED"))
                .body("results[2].errors.field", hasItem("enterpriseId"));
        assertThat(db.count("select count(*) from worker where id_number = ?", fresh)).isZero();
        assertThat(db.string("select monthly_wage::text || '/' || version from worker where id_number = ?", existing)).isEqualTo("4000.00/0");
        assertThat(db.count("select count(*) from audit_event where action = 'UPSERT' and outcome = 'REFUSED'") - refused).isEqualTo(1);

        // the same batch without the bad row: written, in one go (mode defaults to ALL_OR_NOTHING)
        given().auth().oauth2(token).contentType("application/json").body(Map.of("workers", List.of(body(fresh, e, 4100), body(existing, e, 4500))))
                .when().post("/api/v1/workers/batch-upsert").then().statusCode(200).body("mode", equalTo("ALL_OR_NOTHING"))
                .body("written", equalTo(true)).body("created", equalTo(1)).body("updated", equalTo(1));
        assertThat(db.count("select count(*) from worker where id_number = ?", fresh)).isEqualTo(1);
        assertThat(db.string("select monthly_wage::text || '/' || version from worker where id_number = ?", existing)).isEqualTo("4500.00/1");
    }

    @Test
    void batchesHaveLimits() {
        String token = hrSystem();
        long e = enterprise(false);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            String first17 = "4212021970" + String.format("%04d", 101 + i % 28) + String.format("%03d", i % 1000);
            rows.add(body(first17 + IdNumbers.checkCharacter(first17), e, 4000));
        }
        long before = db.count("select count(*) from worker");
        batch(token, "PER_ROW", rows).then().statusCode(413).contentType("application/problem+json").body("type", equalTo("/problems/batch-too-large"));
        batch(token, "PER_ROW", List.of()).then().statusCode(400).body("errors.field", hasItem("workers"));
        batch(token, "SOMETIMES", List.of(body(Ids.idNumber("19700101", true), e, 4000))).then().statusCode(400);
        assertThat(db.count("select count(*) from worker")).isEqualTo(before);
    }
}
