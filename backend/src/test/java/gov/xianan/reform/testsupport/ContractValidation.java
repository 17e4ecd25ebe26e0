package gov.xianan.reform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer an API test receives must match the committed OpenAPI document
 * ({@code src/main/openapi/openapi.json}): the operation and its status are documented, the media
 * type is one the operation declares, and a JSON body validates against the declared schema with a
 * JSON Schema 2020-12 validator (networknt) — the dialect of OpenAPI 3.1. A violation fails the
 * test at the request that got it.
 * <p>
 * Registered once for every {@code @QuarkusTest} as a RestAssured filter by this before-each
 * callback ({@code META-INF/services}), so no test class has to opt in.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, Filter {

    public static final Path DOCUMENT = Path.of("src/main/openapi/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Contract contract;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractValidation)) {
            RestAssured.filters(new ContractValidation());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        // OPTIONS is the browsers' CORS preflight, answered by the CORS filter, not an operation of the contract
        if (path.startsWith("/api/") && !path.startsWith("/api/v1/test-support") && !"OPTIONS".equalsIgnoreCase(request.getMethod())) {
            List<String> violations = contract().check(request.getMethod(), path, response);
            if (!violations.isEmpty()) {
                throw new AssertionError("The answer breaks the OpenAPI contract (" + DOCUMENT + "): " + request.getMethod() + " " + path + " → "
                        + response.statusCode() + "\n  " + String.join("\n  ", violations) + "\nBody: " + abbreviate(response.asString()));
            }
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    public static Contract contract() {
        Contract c = contract;
        if (c == null) {
            synchronized (ContractValidation.class) {
                if (contract == null) {
                    contract = new Contract(DOCUMENT);
                }
                c = contract;
            }
        }
        return c;
    }

    /** The committed document, its operations matched by path template, and compiled response schemas. */
    public static final class Contract {

        private final JsonNode document;
        private final List<Route> routes = new ArrayList<>();
        private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

        Contract(Path file) {
            try {
                document = JSON.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("the committed OpenAPI document " + file + " cannot be read", e);
            }
            document.get("paths").fields().forEachRemaining(p -> routes.add(new Route(p.getKey())));
            // literal segments win over templates: /workers/lookup before /workers/{id}
            routes.sort(Comparator.comparingInt(Route::variables).thenComparing(r -> -r.template.length()));
        }

        public List<String> check(String method, String path, Response response) {
            return check(method, path, response.statusCode(), response.contentType(), response.asByteArray());
        }

        /** The violations of one answer; empty when it matches the document. */
        public List<String> check(String method, String path, int status, String contentType, byte[] body) {
            Route route = routes.stream().filter(r -> r.matches(path)).findFirst().orElse(null);
            if (route == null) {
                // an unknown route is the framework's 404/405, not an operation of the contract
                return status == 404 || status == 405 ? List.of() : List.of("no path of the document matches " + path);
            }
            JsonNode operation = document.get("paths").get(route.template).get(method.toLowerCase(Locale.ROOT));
            if (operation == null) {
                return status == 405 ? List.of() : List.of("the document has no " + method + " on " + route.template);
            }
            String code = String.valueOf(status);
            JsonNode answer = operation.path("responses").get(code);
            if (answer == null) {
                answer = operation.path("responses").get("default");
            }
            if (answer == null) {
                return List.of("status " + status + " is not documented for " + method + " " + route.template + " (documented: "
                        + iterable(operation.path("responses").fieldNames()) + ")");
            }
            boolean empty = body == null || body.length == 0;
            JsonNode content = answer.get("content");
            if (empty) {
                return List.of(); // 204, or a HEAD
            }
            String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (content == null || content.isEmpty()) {
                return List.of("a body of type " + media + " where the document declares none for " + status);
            }
            JsonNode declared = content.get(media);
            if (declared == null) {
                declared = content.get("*/*");
            }
            if (declared == null) {
                return List.of("media type " + media + " is not declared for " + status + " (declared: " + iterable(content.fieldNames()) + ")");
            }
            if (!(media.equals("application/json") || media.endsWith("+json")) || !declared.has("schema")) {
                return List.of(); // files (CSV, XLSX, PDF): the media type is the contract
            }
            JsonNode value;
            try {
                value = JSON.readTree(body);
            } catch (IOException e) {
                return List.of("the body is not JSON: " + e.getMessage());
            }
            String pointer = "/paths/" + escape(route.template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                    + (operation.path("responses").has(code) ? code : "default") + "/content/" + escape(media) + "/schema";
            JsonNode declaredSchema = declared.get("schema");
            JsonSchema schema = schemas.computeIfAbsent(pointer, k -> compile(declaredSchema));
            Set<ValidationMessage> errors = schema.validate(value);
            return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
        }

        /** The violations of a value against a schema of the document (examples). */
        public List<String> validate(JsonNode schema, JsonNode value) {
            return compile(schema).validate(value).stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
        }

        public JsonNode document() {
            return document;
        }

        /** The response schema with the document's components beside it, so that its $refs resolve. */
        private JsonSchema compile(JsonNode schema) {
            ObjectNode root = schema.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.get("components"));
            return factory.getSchema(root, config);
        }

        private static String escape(String s) {
            return s.replace("~", "~0").replace("/", "~1");
        }

        private static String iterable(java.util.Iterator<String> names) {
            List<String> list = new ArrayList<>();
            names.forEachRemaining(list::add);
            return String.join(", ", list);
        }
    }

    private record Route(String template, java.util.regex.Pattern pattern, int variables) {
        Route(String template) {
            this(template, java.util.regex.Pattern.compile("^" + template.replaceAll("\\{[^}/]+}", "[^/]+").replace(".", "\\.") + "/?$"),
                    (int) template.chars().filter(ch -> ch == '{').count());
        }

        boolean matches(String path) {
            Matcher m = pattern.matcher(path);
            return m.matches();
        }
    }
}
