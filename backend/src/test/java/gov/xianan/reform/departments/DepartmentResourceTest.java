package gov.xianan.reform.departments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
class DepartmentResourceTest {

    @Inject
    Db db;

    /** The departments this class adds are removed again, so other tests see the seeded seven. */
    @AfterEach
    void removeAddedDepartments() {
        db.execute("delete from department_aud where id in (select id from department where code = 'finance')");
        db.execute("delete from department where code = 'finance'");
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    void listsTheSevenSeededDepartmentsWithTheLeadUnitFlagged() {
        given().when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.code", contains("federation", "publicity", "scitech", "hrss", "education", "ndrc", "devzone"))
                .body("items[0].name", equalTo("区总工会"))
                .body("items[0].leadUnit", equalTo(true))
                .body("items.findAll { it.leadUnit }.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "azp", value = "spa"),
            @Claim(key = "preferred_username", value = "admin") })
    void adminAddsAndChangesADepartmentAndTheHistoryNamesWhoDidIt() {
        given().contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"区财政局\",\"nameEn\":\"Finance Bureau\",\"leadUnit\":false,\"sortOrder\":80}")
                .when().post("/api/v1/departments")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/departments/finance"))
                .body("version", equalTo(0));
        assertThat(db.string("select name from department where code = 'finance'")).isEqualTo("区财政局");

        // a second create with the same code is a conflict, not a second row
        given().contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"重复\",\"nameEn\":\"Dup\",\"leadUnit\":false,\"sortOrder\":81}")
                .when().post("/api/v1/departments")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        assertThat(db.count("select count(*) from department where code = 'finance'")).isEqualTo(1);

        given().contentType("application/json")
                .body("{\"name\":\"咸安区财政局\",\"nameEn\":\"Finance Bureau\",\"leadUnit\":false,\"sortOrder\":80,\"version\":0}")
                .when().put("/api/v1/departments/finance")
                .then().statusCode(200).body("name", equalTo("咸安区财政局")).body("version", equalTo(1));

        // a stale version is refused and changes nothing
        given().contentType("application/json")
                .body("{\"name\":\"过期的修改\",\"nameEn\":\"Stale\",\"leadUnit\":false,\"sortOrder\":80,\"version\":0}")
                .when().put("/api/v1/departments/finance")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        assertThat(db.string("select name from department where code = 'finance'")).isEqualTo("咸安区财政局");

        JsonPath history = given().when().get("/api/v1/departments/finance/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("type")).containsExactly("CREATED", "UPDATED");
        assertThat(history.getList("actor")).containsOnly("admin");
        assertThat(history.getList("department")).containsOnly("federation");
        assertThat(history.getList("clientId")).containsOnly("spa");
        assertThat(history.getList("[1].changes.field")).containsExactly("name");
        assertThat(history.getString("[1].changes[0].before")).isEqualTo("区财政局");
        assertThat(history.getString("[1].changes[0].after")).isEqualTo("咸安区财政局");
        // the revision rows carry the actor too
        assertThat(db.count("select count(*) from audit_revision r join department_aud a on a.rev = r.id join department d on d.id = a.id "
                + "where d.code = 'finance' and r.actor = 'admin' and r.department = 'federation'")).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSeededDepartmentsHaveAHistoryFromTheMigration() {
        given().when().get("/api/v1/departments/hrss/history")
                .then().statusCode(200)
                .body("[0].type", equalTo("CREATED"))
                .body("[0].actor", equalTo("system:migration"))
                .body("[0].changes.field", hasItem("name"));
    }
}
