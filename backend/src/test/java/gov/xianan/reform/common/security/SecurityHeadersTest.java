package gov.xianan.reform.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;

/** Every answer of the API carries the security headers, errors included (issue 11, item 11). */
@QuarkusTest
class SecurityHeadersTest {

    private static void assertHardened(ValidatableResponse r) {
        r.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aJsonAnswerIsHardened() {
        assertHardened(given().when().get("/api/v1/me").then().statusCode(200));
    }

    @Test
    void aProblemAnswerIsHardened() {
        assertHardened(given().when().get("/api/v1/workers").then().statusCode(401).contentType("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aMissingRouteIsHardened() {
        assertHardened(given().when().get("/api/v1/no-such-thing").then().statusCode(404));
    }

    @Test
    void theOpenApiDocumentCannotBeFramedOrSniffed() {
        given().when().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
