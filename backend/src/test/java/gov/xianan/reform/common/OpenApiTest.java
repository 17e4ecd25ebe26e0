package gov.xianan.reform.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document, Swagger UI and health are public; every API operation declares its security. */
@QuarkusTest
class OpenApiTest {

    @Test
    void openApiDocumentDescribesSecuredOperations() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", notNullValue())
                .body("components.securitySchemes", hasKey("keycloak"))
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("paths.'/api/v1/me'.get.security[0]", hasKey("keycloak"))
                .body("paths.'/api/v1/departments'.post.security[0]", hasKey("keycloak"))
                .body("paths.'/api/v1/departments'.get.summary", notNullValue())
                .body("paths.'/api/v1/departments'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/departments/{code}'.put.responses", hasKey("409"))
                // a database outage can meet any operation; the heavy ones also have a per-client limit
                .body("paths.'/api/v1/departments'.get.responses", hasKey("503"))
                .body("paths.'/api/v1/departments'.get.responses", org.hamcrest.Matchers.not(hasKey("429")))
                .body("paths.'/api/v1/workers/export'.get.responses", hasKey("429"))
                .body("paths.'/api/v1/workers/export'.get.'x-rate-limit'", equalTo("export"))
                .body("paths.'/api/v1/imports/workers'.post.responses", hasKey("429"))
                .body("paths.'/api/v1/statistics/workforce'.get.responses.'429'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void healthAndSwaggerArePublic() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
