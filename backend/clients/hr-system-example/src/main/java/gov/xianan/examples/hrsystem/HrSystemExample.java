package gov.xianan.examples.hrsystem;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.client.ApiClient;
import gov.xianan.client.ApiException;
import gov.xianan.client.ApiResponse;
import gov.xianan.client.api.AccountApi;
import gov.xianan.client.api.IntegrationApi;
import gov.xianan.client.api.RegistryApi;
import gov.xianan.client.api.SubsidiesApi;
import gov.xianan.client.model.ChangeEvent;
import gov.xianan.client.model.ChangePage;
import gov.xianan.client.model.Education;
import gov.xianan.client.model.SkillLevel;
import gov.xianan.client.model.SubsidyApplication;
import gov.xianan.client.model.SubsidyApplicationRequest;
import gov.xianan.client.model.Worker;
import gov.xianan.client.model.WorkerBatchUpsertRequest;
import gov.xianan.client.model.WorkerBatchUpsertResponse;
import gov.xianan.client.model.WorkerRequest;

/**
 * What the HR bureau's system does with the platform, through a client generated from the API's
 * OpenAPI document: it logs in with its client credentials, reads who it is, keeps the registry in
 * step with its own records (one upsert, then a batch), enters a subsidy application safely
 * retried with an Idempotency-Key, and follows the change feed. Exits non-zero, saying why, when
 * the API answers anything else than the contract says.
 *
 * <p>Configuration (environment): {@code API_URL} (http://localhost:8080), {@code TOKEN_URL}
 * (the realm's token endpoint), {@code CLIENT_ID} (hr-system), {@code CLIENT_SECRET}.
 */
public final class HrSystemExample {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private HrSystemExample() {
    }

    public static void main(String[] args) throws Exception {
        String api = env("API_URL", "http://localhost:8080");
        String tokenUrl = env("TOKEN_URL", "http://localhost:8180/realms/xianan/protocol/openid-connect/token");
        String clientId = env("CLIENT_ID", "hr-system");
        String secret = env("CLIENT_SECRET", null);
        if (secret == null) {
            throw new IllegalStateException("CLIENT_SECRET is not set");
        }

        // 1. a client-credentials token, sent on every call by the generated client's interceptor
        String token = clientCredentials(tokenUrl, clientId, secret);
        ApiClient client = new ApiClient();
        client.updateBaseUri(api);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        AccountApi account = new AccountApi(client);
        RegistryApi registry = new RegistryApi(client);
        SubsidiesApi subsidies = new SubsidiesApi(client);

        // 2. who am I
        var me = account.getMe();
        expect(clientId.equals(me.getClientId()), "/me names the client " + clientId + ", got " + me.getClientId());
        expect(me.getRoles().contains("pii-reader"), "the system holds pii-reader (upserts need it), roles " + me.getRoles());
        System.out.println("me: " + me.getUsername() + ", department " + (me.getDepartment() == null ? "-" : me.getDepartment().getCode())
                + ", roles " + me.getRoles());

        // 3. one worker by ID number: created, then the same data again changes nothing
        long enterpriseId = registry.listEnterprises(null, null, null, null, "0", null, "1", null).getItems().get(0).getId();
        LocalDate employedSince = LocalDate.now().minusYears(1);
        String idNumber = newIdNumber();
        WorkerRequest person = worker(idNumber, "系统同步甲", enterpriseId, employedSince, "4200.00");
        ApiResponse<Worker> created = registry.upsertWorkerByIdNumberWithHttpInfo(idNumber, person);
        expect(created.getStatusCode() == 201, "a new ID number is created (201), got " + created.getStatusCode());
        Worker first = created.getData();
        ApiResponse<Worker> again = registry.upsertWorkerByIdNumberWithHttpInfo(idNumber, person);
        expect(again.getStatusCode() == 200 && "UNCHANGED".equals(header(again, "X-Upsert-Outcome")),
                "the same body again is UNCHANGED (200), got " + again.getStatusCode() + " " + header(again, "X-Upsert-Outcome"));
        expect(again.getData().getVersion().equals(first.getVersion()), "an unchanged upsert keeps the version");
        System.out.println("upsert: worker " + first.getId() + " created, sent again: unchanged (version " + first.getVersion() + ")");

        // 4. a batch, row by row: two new people and the first one with a new wage
        String second = newIdNumber();
        String third = newIdNumber();
        WorkerBatchUpsertResponse batch = registry.upsertWorkersBatch(new WorkerBatchUpsertRequest().workers(List.of(
                worker(second, "系统同步乙", enterpriseId, employedSince, "3900.00"), worker(third, "系统同步丙", enterpriseId, employedSince, "4100.00"),
                worker(idNumber, "系统同步甲", enterpriseId, employedSince, "4600.00"))), "PER_ROW");
        expect(batch.getCreated() == 2 && batch.getUpdated() == 1 && batch.getRejected() == 0,
                "batch: 2 created, 1 updated, got " + batch.getCreated() + "/" + batch.getUpdated() + "/" + batch.getRejected());
        System.out.println("batch PER_ROW: " + batch.getCreated() + " created, " + batch.getUpdated() + " updated");

        // ... and all or nothing: one bad row (a wrong check character) and nothing is written, 422 with every row's result
        String bad = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        try {
            registry.upsertWorkersBatch(new WorkerBatchUpsertRequest().workers(List.of(
                    worker(newIdNumber(), "系统同步丁", enterpriseId, employedSince, "3800.00"), worker(bad, "错误号码", enterpriseId, employedSince, "3800.00"))), "ALL_OR_NOTHING");
            throw new IllegalStateException("an ALL_OR_NOTHING batch with a bad row must be refused");
        } catch (ApiException e) {
            expect(e.getCode() == 422, "a refused batch is 422, got " + e.getCode() + ": " + e.getResponseBody());
            WorkerBatchUpsertResponse refused = JSON.readValue(e.getResponseBody(), WorkerBatchUpsertResponse.class);
            expect(!refused.getWritten() && refused.getRejected() == 1, "nothing written, one row rejected");
            System.out.println("batch ALL_OR_NOTHING: refused (422), row " + refused.getResults().get(1).getIndex() + ": "
                    + refused.getResults().get(1).getErrors().get(0).getMessage());
        }

        // 5. a subsidy application, retried safely with an Idempotency-Key
        String department = me.getDepartment().getCode();
        var programme = subsidies.listSubsidyProgrammes(null, null).stream().filter(p -> department.equals(p.getDepartmentCode()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no subsidy programme of the system's department"));
        SubsidyApplicationRequest application = new SubsidyApplicationRequest().enterpriseId(enterpriseId).programmeId(programme.getId())
                .trainees(List.of(batch.getResults().get(0).getWorkerId(), batch.getResults().get(1).getWorkerId()))
                .trainingStart(LocalDate.now().minusDays(30)).trainingEnd(LocalDate.now().minusDays(10)).notes("人社系统对接示例");
        String key = "hr-system-example-" + UUID.randomUUID();
        ApiResponse<SubsidyApplication> entered = subsidies.createSubsidyApplicationWithHttpInfo(application, key);
        ApiResponse<SubsidyApplication> retried = subsidies.createSubsidyApplicationWithHttpInfo(application, key);
        expect(entered.getStatusCode() == 201 && retried.getStatusCode() == 200, "first POST 201, retry 200, got " + entered.getStatusCode()
                + ", " + retried.getStatusCode());
        expect(entered.getData().getId().equals(retried.getData().getId()), "the retry answers the same application");
        System.out.println("subsidy application " + entered.getData().getId() + " entered (" + entered.getData().getAmount()
                + " 元); the retry with the same Idempotency-Key answered the same application");

        // 6. the change feed: what changed since the last cursor
        followChanges(client);
        System.out.println("hr-system example: all steps passed");
    }

    /**
     * Follows the change feed from the start, page by page, as a system keeping its own copy would:
     * it stores {@code nextCursor} and asks again with it until {@code hasMore} is false.
     */
    static void followChanges(ApiClient client) throws ApiException {
        IntegrationApi feed = new IntegrationApi(client);
        String cursor = null;
        int events = 0;
        for (int page = 0; page < 50; page++) {
            ChangePage answer = feed.listChanges(cursor, 100, "worker,subsidy-application");
            for (ChangeEvent item : answer.getItems()) {
                expect(item.getCursor() != null && item.getType() != null && item.getOperation() != null, "a change has cursor, type, operation");
                events++;
            }
            if (answer.getNextCursor() != null) {
                cursor = answer.getNextCursor();
            }
            if (!Boolean.TRUE.equals(answer.getHasMore())) {
                break;
            }
        }
        expect(events > 0, "the feed shows the changes this program made");
        System.out.println("change feed: " + events + " changes read, cursor kept for the next sync");
    }

    static WorkerRequest worker(String idNumber, String name, long enterpriseId, LocalDate employedSince, String wage) {
        return new WorkerRequest().idNumber(idNumber).name(name).education(Education.SENIOR_HIGH).monthlyWage(new BigDecimal(wage))
                .skillLevel(SkillLevel.INTERMEDIATE).occupation("钳工").agriculturalHukou(true).fromOutside(false).unionMember(true)
                .partyMember(false).enterpriseId(enterpriseId).employedSince(employedSince);
    }

    /** A valid ID number (GB 11643: area, birth date, sequence, ISO 7064 MOD 11-2 check) not used before. */
    static String newIdNumber() {
        long n = Math.abs(UUID.randomUUID().getMostSignificantBits());
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(n % 9000);
        String first17 = "421202" + born.toString().replace("-", "") + String.format("%03d", (n / 9000) % 1000);
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String clientCredentials(String tokenUrl, String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(r.statusCode() == 200, "token endpoint answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static String header(ApiResponse<?> r, String name) {
        for (Map.Entry<String, List<String>> h : r.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("contract broken: " + what);
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
