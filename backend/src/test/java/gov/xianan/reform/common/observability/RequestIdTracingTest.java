package gov.xianan.reform.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** With tracing on, the request id is the OpenTelemetry trace id (the caller's, when it sends a traceparent). */
@QuarkusTest
@TestProfile(RequestIdTracingTest.TracingOn.class)
class RequestIdTracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no collector in tests: spans go to a closed port and are dropped
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
        }
    }

    @Test
    void theCallersTraceIdBecomesTheRequestId() {
        given().header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .when().get("/api/v1/workers")
                .then().statusCode(401)
                .header("X-Request-Id", equalTo("0af7651916cd43dd8448eb211c80319c"))
                .body("requestId", equalTo("0af7651916cd43dd8448eb211c80319c"));
    }

    @Test
    void aNewTraceGivesItsIdWhenTheCallerSendsNone() {
        Response r = given().when().get("/api/v1/workers");
        r.then().statusCode(401);
        assertThat(r.header("X-Request-Id")).matches("[0-9a-f]{32}").isEqualTo(r.jsonPath().getString("requestId"));
    }

    @Test
    void aSafeIncomingRequestIdStillWins() {
        given().header("X-Request-Id", "lb-123").header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .when().get("/api/v1/workers")
                .then().header("X-Request-Id", equalTo("lb-123"));
    }
}
