package gov.xianan.reform.integration.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.sun.net.httpserver.HttpServer;

import gov.xianan.reform.integration.feed.ChangeCursor;
import gov.xianan.reform.integration.feed.service.ChangeLog;
import gov.xianan.reform.integration.webhooks.service.WebhookDispatcher;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.FeedHead;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Webhooks end to end, against a receiver this test starts (the JDK's HTTP server on a random
 * port): fan-out from the feed, signed POSTs verified here, retries after 500s, pause after
 * repeated failure (deliveries wait), resume, replay of one delivery and from a cursor, the
 * owner's scope, URL validation, the secret never shown again and encrypted at rest.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookDeliveryTest {

    static final String SECRET = "test-secret-0123456789";

    record Received(String signature, String eventId, String body, String query) {
    }

    static HttpServer server;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many of the next requests answer 500 (negative: all). */
    static final AtomicInteger failNext = new AtomicInteger();
    static long subscription;
    static long publicitySubscription;
    static String startCursor;

    @Inject
    Db db;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ChangeLog log;

    @BeforeAll
    static void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Xianan-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Xianan-Event-Id"), body, exchange.getRequestURI().getQuery()));
            // only the main subscription's receiver fails on request (the others have a query string)
            int fail = exchange.getRequestURI().getQuery() == null ? failNext.get() : 0;
            int status = fail != 0 ? 500 : 200;
            if (fail > 0 && exchange.getRequestURI().getQuery() == null) {
                failNext.decrementAndGet();
            }
            byte[] answer = (status == 200 ? "ok" : "boom").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopReceiver() {
        server.stop(0);
    }

    static String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    static long enterprise(String name) {
        return given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", name, "industryCode", "electromechanical", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    String deliveryStatus(String type, long entityId, long sub) {
        return db.string("select d.status || '/' || d.attempts || '/' || coalesce(d.last_status_code::text, '-') from webhook_delivery d "
                + "join change_event e on e.id = d.change_event_id where d.subscription_id = ? and e.entity_type = ? and e.entity_id = ?",
                sub, type, String.valueOf(entityId));
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "family_name", value = "李"),
            @Claim(key = "given_name", value = "娜") })
    void aClientRegistersASubscriptionAndSeesItsSecretOnce() {
        // this test owns the fan-out: earlier runs' subscriptions go, the position moves to now
        db.count("with gone as (delete from webhook_subscription returning 1) select count(*) from gone");
        ChangeCursor head = FeedHead.settled(log, db);
        startCursor = head.encode();
        db.count("with moved as (update webhook_dispatch_cursor set tx_id = cast(? as xid8), event_id = ? returning 1) select count(*) from moved",
                Long.toString(head.txId()), head.eventId());

        given().contentType("application/json").body(Map.of("url", "ftp://example.org/x", "eventTypes", List.of("enterprise")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        given().contentType("application/json").body(Map.of("url", url(), "eventTypes", List.of("salary")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));

        JsonPath created = given().contentType("application/json").body(Map.of("url", url(), "eventTypes", List.of("enterprise"), "secret", SECRET))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201)
                .body("secret", equalTo(SECRET)).body("status", equalTo("ACTIVE")).body("owner", equalTo("federation-staff"))
                .extract().jsonPath();
        subscription = created.getLong("id");
        // the owner by name and department at the time, beside the login
        given().when().get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(200).body("secret", nullValue())
                .body("ownerName", equalTo("李娜")).body("ownerDepartment", equalTo("federation")).body("ownerDepartmentName", equalTo("区总工会"));
        assertThat(db.string("select owner_name from webhook_subscription where id = ?", subscription)).isEqualTo("李娜");
        // encrypted at rest (a key is configured for tests)
        assertThat(db.string("select secret from webhook_subscription where id = ?", subscription)).isNotEqualTo(SECRET);
        assertThat(db.string("select secret_encrypted::text from webhook_subscription where id = ?", subscription)).isEqualTo("true");
        // a generated secret when none is given
        given().contentType("application/json").body(Map.of("url", url() + "?other", "eventTypes", List.of("task")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).body("secret", startsWith("whsec_"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "publicity-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void anotherDepartmentSubscribesWithinItsOwnScope() {
        publicitySubscription = given().contentType("application/json")
                .body(Map.of("url", url() + "?publicity", "eventTypes", List.of("worker", "enterprise"), "secret", SECRET))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
        // another owner's subscription does not exist for this caller
        given().when().get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aSignedDeliveryIsRetriedAfter500sUntilItArrives() throws Exception {
        received.clear();
        failNext.set(2);
        long e1 = enterprise("推送测试企业一");
        long w1 = given().contentType("application/json").body(Map.of("idNumber", Ids.idNumber("19900101", true), "name", "推送工人",
                "education", "SENIOR_HIGH", "monthlyWage", 4200, "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false,
                "unionMember", true, "partyMember", false)).when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(dispatcher.dispatchAll()).isPositive();
        await(() -> "DELIVERED/3/200".equals(deliveryStatus("enterprise", e1, subscription)), "delivered on the third attempt");

        List<Received> mine = received.stream().filter(r -> r.body().contains("\"id\":\"" + e1 + "\"") && r.query() == null).toList();
        assertThat(mine).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mine.stream().map(Received::eventId).distinct()).hasSize(1);
        Received last = mine.get(mine.size() - 1);
        String t = last.signature().replaceAll("^t=(\\d+),v1=.*$", "$1");
        String v1 = last.signature().replaceAll("^t=\\d+,v1=([0-9a-f]{64})$", "$1");
        assertThat(v1).isEqualTo(hmac(SECRET, t + "." + last.body()));
        assertThat(v1).isNotEqualTo(hmac("wrong-secret-0123456789", t + "." + last.body()));
        assertThat(Math.abs(Long.parseLong(t) - System.currentTimeMillis() / 1000)).isLessThan(120);
        JsonPath body = new JsonPath(last.body());
        assertThat(body.getString("type")).isEqualTo("enterprise");
        assertThat(body.getString("operation")).isEqualTo("CREATED");
        assertThat(body.getString("actor")).isEqualTo("federation-staff");
        assertThat(body.getString("cursor")).isEqualTo(last.eventId());

        // visible to the owner with status, attempts, last code
        given().when().get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.find { it.status == 'DELIVERED' }.attempts", equalTo(3))
                .body("items.find { it.status == 'DELIVERED' }.lastStatusCode", equalTo(200));

        // the publicity department's subscription got the enterprise (everyone reads enterprises) but not the worker it is not linked to
        await(() -> deliveryStatus("enterprise", e1, publicitySubscription) != null
                && deliveryStatus("enterprise", e1, publicitySubscription).startsWith("DELIVERED"), "publicity gets the enterprise");
        assertThat(deliveryStatus("worker", w1, publicitySubscription)).isNull();
    }

    @Test
    @Order(4)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aReceiverThatKeepsFailingPausesItsSubscriptionUntilResumed() throws Exception {
        db.count("with gone as (delete from webhook_subscription where id = ? returning 1) select count(*) from gone", publicitySubscription);
        failNext.set(-1);
        long e2 = enterprise("推送测试企业二");
        dispatcher.dispatchAll();
        await(() -> "PAUSED".equals(db.string("select status from webhook_subscription where id = ?", subscription)), "paused");
        assertThat(deliveryStatus("enterprise", e2, subscription)).isEqualTo("PAUSED/4/500");
        given().when().get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("consecutiveFailures", equalTo(4));

        // while paused, new events wait, nothing is sent
        int before = received.size();
        long e3 = enterprise("推送测试企业三");
        dispatcher.dispatchAll();
        assertThat(deliveryStatus("enterprise", e3, subscription)).isEqualTo("PAUSED/0/-");
        Thread.sleep(300);
        assertThat(received).hasSize(before);
        given().when().post("/api/v1/webhooks/deliveries/" + db.count("select max(id) from webhook_delivery where subscription_id = ?", subscription)
                + "/replay").then().statusCode(409);

        // resumed: the waiting deliveries go out
        failNext.set(0);
        given().when().post("/api/v1/webhooks/subscriptions/" + subscription + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        await(() -> deliveryStatus("enterprise", e2, subscription).startsWith("DELIVERED/5/200")
                && deliveryStatus("enterprise", e3, subscription).startsWith("DELIVERED/1/200"), "both delivered after resume");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void deliveriesAreReplayedOneByOneOrFromACursor() throws Exception {
        long deliveryId = db.count("select min(id) from webhook_delivery where subscription_id = ?", subscription);
        String eventId = db.string("select event_cursor from webhook_delivery where id = ?", deliveryId);
        int before = (int) received.stream().filter(r -> eventId.equals(r.eventId())).count();
        given().when().post("/api/v1/webhooks/deliveries/" + deliveryId + "/replay").then().statusCode(200);
        await(() -> received.stream().filter(r -> eventId.equals(r.eventId())).count() == before + 1, "replayed with the same event id");

        long total = db.count("select count(*) from webhook_delivery where subscription_id = ?", subscription);
        given().contentType("application/json").body(Map.of("after", startCursor))
                .when().post("/api/v1/webhooks/subscriptions/" + subscription + "/replay").then().statusCode(200)
                .body("queued", equalTo((int) total)).body("hasMore", equalTo(false));
        given().contentType("application/json").body(Map.of("after", "garbage"))
                .when().post("/api/v1/webhooks/subscriptions/" + subscription + "/replay").then().statusCode(400);
        await(() -> db.count("select count(*) from webhook_delivery where subscription_id = ? and status = 'DELIVERED'", subscription) == total,
                "every replayed delivery delivered");
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin", roles = { "admin" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void adminSeesEveryonesSubscriptionsButDoesNotSubscribe() {
        given().when().get("/api/v1/webhooks/subscriptions").then().statusCode(200)
                .body("items.find { it.id == " + subscription + " }.owner", equalTo("federation-staff"));
        given().when().post("/api/v1/webhooks/subscriptions/" + subscription + "/pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        given().when().post("/api/v1/webhooks/subscriptions/" + subscription + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().contentType("application/json").body(Map.of("url", url(), "eventTypes", List.of("enterprise")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(403);
        given().when().delete("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(204);
        assertThat(db.count("select count(*) from webhook_delivery where subscription_id = ?", subscription)).isZero();
    }
}
