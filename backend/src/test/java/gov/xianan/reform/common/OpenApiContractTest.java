package gov.xianan.reform.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.xianan.reform.testsupport.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The committed OpenAPI document ({@code src/main/openapi/openapi.json}) is the one the code
 * serves: a change of the API that is not in the committed contract fails here, with the one
 * command that brings it up to date. And the document itself keeps the contract's null rule.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String UPDATE = "backend/dev/openapi.sh update";

    @Inject
    ObjectMapper json;

    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        JsonNode committed = json.readTree(Files.readString(ContractValidation.DOCUMENT));
        ObjectNode served = (ObjectNode) json.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        // what only the test profile has: the test-support resources, and the test Keycloak's URL
        ((ObjectNode) served.get("paths")).remove(List.of("/api/v1/test-support/failure"));
        ((ObjectNode) served.get("components").get("securitySchemes").get("keycloak")).set("openIdConnectUrl",
                committed.get("components").get("securitySchemes").get("keycloak").get("openIdConnectUrl"));
        if (!committed.equals(served)) {
            List<String> differences = new ArrayList<>();
            diff("", committed, served, differences);
            fail("The committed OpenAPI document " + ContractValidation.DOCUMENT + " is stale (" + differences.size() + " difference(s), first: "
                    + String.join("; ", differences.subList(0, Math.min(10, differences.size()))) + ").\nRun: " + UPDATE
                    + "\nthen review the diff (backend/dev/openapi.sh check lists breaking changes) and commit the document.");
        }
    }

    @Test
    void everyResponseSchemaStatesItsRequiredProperties() throws IOException {
        JsonNode schemas = json.readTree(Files.readString(ContractValidation.DOCUMENT)).get("components").get("schemas");
        List<String> without = new ArrayList<>();
        schemas.fields().forEachRemaining(s -> {
            if (s.getValue().has("properties") && !s.getValue().get("properties").isEmpty() && !s.getValue().has("required")) {
                without.add(s.getKey());
            }
        });
        // a request schema whose fields are all optional has no required list; every other one has
        assertThat(without).as("object schemas without required").allMatch(name -> name.endsWith("Request") || name.startsWith("Department"));
        JsonNode worker = schemas.get("Worker");
        assertThat(worker.get("required")).hasSize(worker.get("properties").size());
        assertThat(worker.at("/properties/birthDate/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(worker.at("/properties/name/type").asText()).isEqualTo("string");
    }

    @Test
    void everyExampleOfTheDocumentMatchesItsSchema() {
        ContractValidation.Contract contract = ContractValidation.contract();
        List<String> violations = new ArrayList<>();
        int[] checked = { 0 };
        contract.document().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<JsonNode> media = new ArrayList<>();
            op.getValue().path("requestBody").path("content").forEach(media::add);
            op.getValue().path("responses").forEach(r -> r.path("content").forEach(media::add));
            for (JsonNode m : media) {
                if (!m.has("schema")) {
                    continue;
                }
                m.path("examples").fields().forEachRemaining(example -> {
                    checked[0]++;
                    contract.validate(m.get("schema"), example.getValue().get("value"))
                            .forEach(v -> violations.add(op.getKey() + " " + path.getKey() + " example " + example.getKey() + ": " + v));
                });
            }
        }));
        assertThat(violations).as("examples that break their own schema").isEmpty();
        // the main operations carry examples (META-INF/openapi-examples.json), and every problem answer one of its status
        assertThat(checked[0]).isGreaterThan(400);
        JsonNode paths = contract.document().get("paths");
        assertThat(paths.at("/~1api~1v1~1workers/post/requestBody/content/application~1json/examples/example/value/idNumber").asText())
                .isEqualTo("421202199001011234");
        assertThat(paths.at("/~1api~1v1~1workers/get/responses/200/content/application~1json/examples").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1statistics~1workforce/get/responses/200/content/application~1json/examples").isMissingNode()).isFalse();
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey())) {
                    out.add("only committed: " + at + "/" + e.getKey());
                } else {
                    diff(at + "/" + e.getKey(), e.getValue(), b.get(e.getKey()), out);
                }
            }
            b.fieldNames().forEachRemaining(k -> {
                if (!a.has(k)) {
                    out.add("only served: " + at + "/" + k);
                }
            });
        } else {
            out.add("changed: " + at);
        }
    }
}
