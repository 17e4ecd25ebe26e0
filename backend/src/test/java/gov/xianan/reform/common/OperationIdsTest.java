package gov.xianan.reform.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Every API operation has a stable camelCase operationId, unique in the document, and the ids are
 * the committed ones ({@code src/test/resources/operation-ids.txt}): clients generated from the
 * document (other government systems) name their methods after them, so a rename must be a
 * deliberate change of that file.
 */
@QuarkusTest
class OperationIdsTest {

    static final Path PINNED = Path.of("src/test/resources/operation-ids.txt");

    @Inject
    ObjectMapper json;

    @Test
    void everyOperationHasTheCommittedCamelCaseId() throws IOException {
        JsonNode doc = json.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, String> served = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(m.getKey()) && p.getKey().startsWith("/api/")
                    && !p.getKey().startsWith("/api/v1/test-support")) {
                JsonNode id = m.getValue().get("operationId");
                served.put(m.getKey().toUpperCase() + " " + p.getKey(), id == null ? null : id.asText());
            }
        }));
        assertThat(served.values()).as("every operation has an operationId").doesNotContainNull();
        assertThat(served.values()).as("camelCase").allMatch(id -> id.matches("^[a-z][a-zA-Z0-9]+$"));
        assertThat(served.values()).as("unique").doesNotHaveDuplicates();

        Map<String, String> pinned = new TreeMap<>();
        for (String line : Files.readAllLines(PINNED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split(" ");
                pinned.put(parts[0] + " " + parts[1], parts[2]);
            }
        }
        assertThat(served).as("operationIds as committed in " + PINNED + " (a change there is a breaking change for clients)")
                .containsExactlyInAnyOrderEntriesOf(pinned);
    }
}
