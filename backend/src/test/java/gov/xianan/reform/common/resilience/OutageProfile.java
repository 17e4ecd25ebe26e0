package gov.xianan.reform.common.resilience;

import java.net.URI;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.testsupport.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application reaches the real test PostgreSQL and the real test Keycloak through relays the
 * test can cut ({@link TcpProxy}): an outage without stopping a shared server. A short acquisition
 * timeout keeps the test quick; the rules are those of production.
 */
public class OutageProfile implements QuarkusTestProfile {

    static volatile TcpProxy database;
    static volatile TcpProxy keycloak;

    static String realDbUrl() {
        String url = System.getenv("TEST_DB_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/xianan_test" : url;
    }

    static String realRealmUrl() {
        String url = System.getenv("TEST_OIDC_URL");
        return url == null || url.isBlank() ? "http://localhost:8181/realms/xianan" : url;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "quarkus.datasource.jdbc.login-timeout", "1S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Relays.class));
    }

    public static class Relays implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            URI db = URI.create(realDbUrl().substring("jdbc:".length()));
            URI kc = URI.create(realRealmUrl());
            database = new TcpProxy(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
            keycloak = new TcpProxy(kc.getHost(), kc.getPort() < 0 ? 80 : kc.getPort());
            String dbQuery = db.getRawQuery() == null ? "" : "?" + db.getRawQuery();
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + database.port() + db.getRawPath() + dbQuery,
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + keycloak.port() + kc.getRawPath(),
                    // tokens are issued by the real Keycloak and name it as issuer
                    "quarkus.oidc.token.issuer", realRealmUrl());
        }

        @Override
        public void stop() {
            if (database != null) {
                database.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }
}
