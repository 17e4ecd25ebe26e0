package gov.xianan.reform.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Map} record component of an answer: the map itself is never null, but its values can
 * be (a hidden count, for example). The OpenAPI document says so ({@link ContractSchemas}), the
 * way {@link jakarta.annotation.Nullable} does for the component itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface NullableValues {
}
