package gov.xianan.reform.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.KeycloakTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * The verified-token cache in front of Quarkus OIDC, with real Keycloak tokens: a token's second
 * request is answered from the cache with the same identity; a token that differs in any byte, or
 * has passed its expiry, is still refused; two people's tokens never answer for each other.
 */
@QuarkusTest
@Tag("keycloak")
class VerifiedTokenCacheTest {

    @Inject
    MeterRegistry registry;

    private static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me").then();
    }

    private double gets(String result) {
        return registry.get("cache.gets").tag("cache", "verified-tokens").tag("result", result).functionCounter().count();
    }

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aTokensSecondRequestIsAnsweredFromTheCacheWithTheSameIdentity() {
        String token = KeycloakTokens.password("hrss-reviewer");
        double hits = gets("hit");
        double misses = gets("miss");
        me(token).statusCode(200).body("username", equalTo("hrss-reviewer")).body("department.code", equalTo("hrss"));
        assertThat(gets("hit")).isEqualTo(hits);
        assertThat(gets("miss")).isEqualTo(misses + 1);
        me(token).statusCode(200).body("username", equalTo("hrss-reviewer")).body("department.code", equalTo("hrss"))
                .body("clientId", equalTo("api-tests"));
        assertThat(gets("hit")).isEqualTo(hits + 1);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsStillRefused() {
        String token = KeycloakTokens.password("publicity-staff");
        me(token).statusCode(200);
        me(token).statusCode(200).body("department.code", equalTo("publicity"));
        double hits = gets("hit");
        assertUnauthorized(me(KeycloakTokens.tamper(token, "\"department\":\"publicity\"", "\"department\":\"federation\"")));
        String[] parts = token.split("\\.");
        String otherSignature = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
        assertUnauthorized(me(parts[0] + "." + parts[1] + "." + otherSignature));
        assertUnauthorized(me(parts[0] + "." + parts[1] + "."));
        assertThat(gets("hit")).isEqualTo(hits);
        // the genuine token is still answered
        me(token).statusCode(200).body("department.code", equalTo("publicity"));
    }

    @Test
    void twoPeoplesCachedTokensNeverAnswerForEachOther() {
        String lead = KeycloakTokens.password("federation-lead");
        String staff = KeycloakTokens.password("publicity-staff");
        for (int i = 0; i < 3; i++) {
            me(lead).statusCode(200).body("username", equalTo("federation-lead")).body("department.code", equalTo("federation"));
            me(staff).statusCode(200).body("username", equalTo("publicity-staff")).body("department.code", equalTo("publicity"));
        }
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        // the client issues two-second tokens: on a busy machine both requests may not fit in one, so take a new
        // token until they do (the first request verifies and caches it, the second is answered from the cache)
        String token = null;
        for (int attempt = 0; attempt < 5 && token == null; attempt++) {
            String candidate = KeycloakTokens.password("publicity-staff", "api-tests-short-lived");
            double hits = gets("hit");
            int first = me(candidate).extract().statusCode();
            int second = me(candidate).extract().statusCode();
            if (first == 200 && second == 200) {
                assertThat(gets("hit")).as("the second request came from the cache").isEqualTo(hits + 1);
                token = candidate;
            }
        }
        assertThat(token).as("a two-second token answered twice within its life").isNotNull();
        long exp = KeycloakTokens.payload(token).getLong("exp");
        // past its exp by a second, as SecurityContractTest waits (the cache alone would refuse it at exp)
        while (System.currentTimeMillis() / 1000 <= exp) {
            Thread.sleep(100);
        }
        assertUnauthorized(me(token));
    }
}
