package gov.xianan.reform.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * Every answer carries an {@code X-Request-Id}; a problem body names the same id as
 * {@code requestId}; a caller's own id is used when it is safe; a 5xx is logged once with it.
 */
@QuarkusTest
class RequestIdTest {

    @Test
    void aProblemNamesTheIdOfItsHeader() {
        Response r = given().when().get("/api/v1/workers");
        r.then().statusCode(401).contentType("application/problem+json");
        String header = r.header("X-Request-Id");
        assertThat(header).matches("[A-Za-z0-9._:-]{1,64}");
        assertThat(r.jsonPath().getString("requestId")).isEqualTo(header);
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().when().get("/api/v1/workers").header("X-Request-Id");
        String second = given().when().get("/api/v1/workers").header("X-Request-Id");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aSafeIncomingIdIsEchoedInHeaderAndProblem() {
        given().header("X-Request-Id", "nginx-7f3a.42:abc_1")
                .when().get("/api/v1/workers")
                .then().statusCode(401)
                .header("X-Request-Id", equalTo("nginx-7f3a.42:abc_1"))
                .body("requestId", equalTo("nginx-7f3a.42:abc_1"));
    }

    @Test
    void anUnsafeOrLongIncomingIdIsReplaced() {
        for (String bad : List.of("a b", "x".repeat(65), "id\"><script>", "编号")) {
            Response r = given().header("X-Request-Id", bad).when().get("/api/v1/workers");
            r.then().statusCode(401);
            assertThat(r.header("X-Request-Id")).isNotEqualTo(bad).matches("[A-Za-z0-9._:-]{1,64}");
            assertThat(r.jsonPath().getString("requestId")).isEqualTo(r.header("X-Request-Id"));
        }
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aSuccessfulAnswerCarriesTheIdToo() {
        given().header("X-Request-Id", "ok-1").when().get("/api/v1/me")
                .then().statusCode(200).header("X-Request-Id", equalTo("ok-1"));
    }

    @Test
    void nonApiEndpointsCarryTheId() {
        given().when().get("/q/health/live").then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theProblemSchemaDocumentsTheRequestId() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem.properties.requestId.type", equalTo("string"))
                .body("components.schemas.Problem.properties.requestId.pattern", equalTo("^[A-Za-z0-9._:-]{1,64}$"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aServerErrorIsLoggedOnceWithTheIdOfItsAnswer() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyAll(); // the MDC of the logging thread, before the request ends
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("gov.xianan.reform.common.error.ProblemMappers");
        logger.addHandler(capture);
        try {
            Response r = given().header("X-Request-Id", "boom-500").when().get("/api/v1/test-support/failure");
            r.then().statusCode(500).body("requestId", equalTo("boom-500")).header("X-Request-Id", equalTo("boom-500"));
        } finally {
            logger.removeHandler(capture);
        }
        List<ExtLogRecord> errors = records.stream()
                .filter(rec -> rec.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(rec -> "boom-500".equals(rec.getMdc(RequestIds.MDC_KEY)))
                .toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
        assertThat(errors.get(0).getFormattedMessage()).contains("boom-500").contains("/api/v1/test-support/failure");
    }
}
