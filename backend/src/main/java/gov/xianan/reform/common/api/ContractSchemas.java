package gov.xianan.reform.common.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * The one null rule of the API contract, applied to every schema of the document from the Java
 * types (docs/integration.md, "The OpenAPI contract"):
 * <ul>
 * <li><b>Responses</b>: Jackson writes every field of a response record, so every property is
 * {@code required}; a property whose value can be {@code null} says so with the OpenAPI 3.1 type
 * {@code [x, "null"]} (or {@code anyOf: [{$ref}, {type: "null"}]} for a referenced schema). A field
 * can be null only when its record component is annotated {@link jakarta.annotation.Nullable};
 * primitives and unannotated references are never null. The API and end-to-end tests validate every
 * answer against the document, so a missing annotation fails a test.</li>
 * <li>A response type annotated {@code @JsonInclude(NON_NULL)} (only {@code Problem}) omits its null
 * members instead: its {@code @Nullable} properties are optional and never null.</li>
 * <li><b>Requests</b>: required are the properties with a Bean Validation not-null constraint
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, as SmallRye derives them); every other
 * reference-typed property may be left out or sent as {@code null}, and its type says so.</li>
 * </ul>
 * Nothing is hand-written per schema: a new record follows the rule by its types and annotations.
 */
final class ContractSchemas {

    static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    static final DotName NULLABLE_VALUES = DotName.createSimple(NullableValues.class.getName());
    static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    static final String REF_PREFIX = "#/components/schemas/";

    private final IndexView index;
    private final Map<String, ClassInfo> classesBySchemaName = new HashMap<>();

    ContractSchemas(IndexView index) {
        this.index = index;
        if (index == null) {
            return;
        }
        Map<String, ClassInfo> bySimpleName = new HashMap<>();
        for (ClassInfo c : index.getKnownClasses()) {
            if (!c.name().toString().startsWith("gov.xianan.") || c.simpleName() == null || c.nestingType() == ClassInfo.NestingType.ANONYMOUS
                    || c.nestingType() == ClassInfo.NestingType.LOCAL) {
                continue;
            }
            AnnotationInstance schema = c.declaredAnnotation(SCHEMA);
            AnnotationValue name = schema == null ? null : schema.value("name");
            if (name != null && !name.asString().isBlank()) {
                classesBySchemaName.put(name.asString(), c);
            } else {
                bySimpleName.putIfAbsent(c.simpleName(), c);
            }
        }
        bySimpleName.forEach(classesBySchemaName::putIfAbsent);
        if (Boolean.getBoolean("contract.debug")) {
            System.err.println("CONTRACT index " + index.getClass() + " known=" + index.getKnownClasses().size() + " mapped=" + classesBySchemaName.size()
                    + " worker=" + index.getClassByName(DotName.createSimple("gov.xianan.reform.registry.mapping.WorkerDtos$WorkerResponse")));
        }
    }

    void apply(OpenAPI openAPI) {
        if (index == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new TreeSet<>();
        Set<String> inRequests = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null) {
                    collect(op.getRequestBody().getContent(), schemas, inRequests);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> collect(r.getContent(), schemas, inResponses));
                }
            }));
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            ClassInfo type = classFor(entry.getKey());
            if (Boolean.getBoolean("contract.debug")) {
                System.err.println("CONTRACT " + entry.getKey() + " -> " + (type == null ? null : type.name()) + " resp=" + inResponses.contains(entry.getKey())
                        + " req=" + inRequests.contains(entry.getKey()));
            }
            if (type == null) {
                continue;
            }
            if (inResponses.contains(entry.getKey())) {
                response(schema, type);
            } else {
                request(schema, type);
            }
        }
    }

    private void response(Schema schema, ClassInfo type) {
        boolean omitsNulls = omitsNulls(type);
        List<String> required = new ArrayList<>();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            AnnotationTarget member = member(type, name);
            boolean nullable = member != null && !isPrimitive(member) && hasNullable(member);
            if (member != null && has(member, NULLABLE_VALUES) && property.getAdditionalPropertiesSchema() != null) {
                property.setAdditionalPropertiesSchema(nullable(property.getAdditionalPropertiesSchema()));
            }
            if (nullable && !omitsNulls) {
                properties.put(name, nullable(property));
                required.add(name);
            } else {
                properties.put(name, property);
                if (!nullable) {
                    required.add(name);
                }
            }
        });
        schema.setProperties(properties);
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private void request(Schema schema, ClassInfo type) {
        Set<String> required = schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired());
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            AnnotationTarget member = member(type, name);
            boolean optionalReference = member != null && !isPrimitive(member) && !required.contains(name);
            properties.put(name, optionalReference ? nullable(property) : property);
        });
        schema.setProperties(properties);
    }

    /** The same schema, also allowing {@code null}. */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema wrapper = OASFactory.createSchema();
            wrapper.setDescription(property.getDescription());
            wrapper.setExamples(property.getExamples());
            wrapper.setDeprecated(property.getDeprecated());
            wrapper.addAnyOf(OASFactory.createSchema().ref(property.getRef()));
            wrapper.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            return wrapper;
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            if (!property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
            return property;
        }
        if (property.getAnyOf() != null || property.getOneOf() != null || property.getAllOf() != null) {
            Schema wrapper = OASFactory.createSchema();
            wrapper.setDescription(property.getDescription());
            wrapper.addAnyOf(property.description(null));
            wrapper.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            return wrapper;
        }
        return property; // no type: anything, null included
    }

    private ClassInfo classFor(String schemaName) {
        ClassInfo c = classesBySchemaName.get(schemaName);
        if (c != null) {
            return c;
        }
        // a generic type's schema is named after the type and its arguments: PageResponseWorkerResponse
        String best = null;
        for (String name : classesBySchemaName.keySet()) {
            if (schemaName.startsWith(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : classesBySchemaName.get(best);
    }

    /** The record component or field behind a JSON property (the names are the same: no renaming in this API). */
    private AnnotationTarget member(ClassInfo type, String property) {
        for (ClassInfo c = type; c != null; c = c.superName() == null ? null : index.getClassByName(c.superName())) {
            if (c.isRecord() && c.recordComponent(property) != null) {
                return c.recordComponent(property);
            }
            FieldInfo field = c.field(property);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private static boolean isPrimitive(AnnotationTarget member) {
        Type t = member.kind() == AnnotationTarget.Kind.RECORD_COMPONENT ? member.asRecordComponent().type() : member.asField().type();
        return t.kind() == Type.Kind.PRIMITIVE;
    }

    private boolean hasNullable(AnnotationTarget member) {
        return has(member, NULLABLE);
    }

    private static boolean has(AnnotationTarget member, DotName annotation) {
        if (member.hasDeclaredAnnotation(annotation)) {
            return true;
        }
        if (member.kind() == AnnotationTarget.Kind.RECORD_COMPONENT) {
            FieldInfo field = member.asRecordComponent().field();
            return field != null && field.hasDeclaredAnnotation(annotation);
        }
        return false;
    }

    private static boolean omitsNulls(ClassInfo type) {
        AnnotationInstance include = type.declaredAnnotation(JSON_INCLUDE);
        return include != null && include.value() != null && "NON_NULL".equals(include.value().asEnum());
    }

    /** The component schemas a content's schema uses, transitively. */
    private static void collect(Content content, Map<String, Schema> schemas, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            walk(media.getSchema(), schemas, into);
        }
    }

    private static void walk(Schema schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (into.add(name)) {
                walk(schemas.get(name), schemas, into);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, schemas, into));
        }
        walk(schema.getItems(), schemas, into);
        walk(schema.getAdditionalPropertiesSchema(), schemas, into);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (list != null) {
                list.forEach(s -> walk(s, schemas, into));
            }
        }
    }
}
