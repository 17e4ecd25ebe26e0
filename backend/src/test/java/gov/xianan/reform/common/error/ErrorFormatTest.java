package gov.xianan.reform.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Bad input gets RFC 9457 problem+json with field messages, a 4xx never a 500, and writes nothing. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "azp", value = "spa") })
class ErrorFormatTest {

    private static final String DEPARTMENTS = "/api/v1/departments";

    @Inject
    Db db;

    private long departmentRows() {
        return db.count("select count(*) from department");
    }

    @Test
    void malformedJsonIs400ProblemAndWritesNothing() {
        long before = departmentRows();
        given().contentType("application/json").body("{\"code\": \"x\", ")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("/problems/malformed-json"))
                .body("title", notNullValue())
                .body("instance", equalTo(DEPARTMENTS))
                .body(not(containsString("Exception")));
        assertThat(departmentRows()).isEqualTo(before);
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"区财政局\",\"nameEn\":\"Finance\",\"leadUnit\":false,\"sortOrder\":\"eighty\"}")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("sortOrder"))
                .body("errors[0].message", containsString("number"));
    }

    @Test
    void unknownFieldIsRefused() {
        given().contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"区财政局\",\"nameEn\":\"Finance\",\"leadUnit\":false,\"sortOrder\":1,\"budget\":5}")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("budget"));
    }

    @Test
    void missingAndOversizedFieldsAreListedOneByOne() {
        long before = departmentRows();
        given().contentType("application/json").header("Accept-Language", "zh-CN")
                .body("{\"code\":\"Bad Code\",\"name\":\"" + "长".repeat(101) + "\",\"leadUnit\":false,\"sortOrder\":-1}")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("请求参数无效"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("nameEn"))
                .body("errors.field", hasItem("sortOrder"))
                .body("errors.find { it.field == 'code' }.message", containsString("小写字母"));
        assertThat(departmentRows()).isEqualTo(before);
    }

    @Test
    void englishCallersGetEnglishTitles() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body("{}")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void emptyBodyIs400() {
        given().contentType("application/json")
                .when().post(DEPARTMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void unknownRecordIs404Problem() {
        given().when().get(DEPARTMENTS + "/nosuch")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("nosuch"));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().when().delete(DEPARTMENTS)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().contentType("text/plain").body("code=finance")
                .when().post(DEPARTMENTS)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void badPagingParametersAre400WithField() {
        given().queryParam("size", 500).queryParam("sort", "x;drop")
                .when().get("/api/v1/audit-events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("sort"));
        given().queryParam("sort", "password")
                .when().get("/api/v1/audit-events")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("page", "abc")
                .when().get("/api/v1/audit-events")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() {
        given().when().get("/api/v1/test-support/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("type", equalTo("/problems/internal"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("hunter2")));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String etag = given().when().get(DEPARTMENTS + "/education").then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        long version = Long.parseLong(etag.replace("\"", ""));
        String name = db.string("select name from department where code = 'education'");
        given().contentType("application/json").header("If-Match", "\"" + (version + 7) + "\"")
                .body("{\"name\":\"改名\",\"nameEn\":\"Renamed\",\"leadUnit\":false,\"sortOrder\":50,\"version\":" + version + "}")
                .when().put(DEPARTMENTS + "/education")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412));
        assertThat(db.string("select name from department where code = 'education'")).isEqualTo(name);
    }
}
