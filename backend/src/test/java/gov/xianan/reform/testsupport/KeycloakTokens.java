package gov.xianan.reform.testsupport;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.path.json.JsonPath;

/**
 * Real access tokens from the test Keycloak (realm xianan, started by {@code make test} on port
 * 8181): password grants through the public test clients and client-credentials grants for the
 * service accounts. Nothing here is mocked.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";

    private KeycloakTokens() {
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** A password-grant token for a demo user through {@code client} (api-tests unless told). */
    public static String password(String username, String client) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .formParam("scope", "openid")
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String password(String username) {
        return password(username, "api-tests");
    }

    /** A client-credentials token for a service account (hr-system, data-platform). */
    public static String clientCredentials(String client, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static JsonPath payload(String token) {
        String[] parts = token.split("\\.");
        return new JsonPath(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The same token with one claim changed and the original signature kept. */
    public static String tamper(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        if (!json.contains(to)) {
            throw new IllegalStateException("claim to tamper not found");
        }
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
