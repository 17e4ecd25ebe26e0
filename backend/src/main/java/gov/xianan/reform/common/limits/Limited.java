package gov.xianan.reform.common.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * A heavy operation: each call takes a token from the caller's bucket of this kind (429 with
 * Retry-After when empty), and a streaming export also holds one of the cluster-wide export slots
 * while it writes (503 with Retry-After when all are busy). Checked after authentication and the
 * role check, before the operation does anything.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Limited {

    @Nonbinding
    Kind value();

    /** Holds an export slot until the streamed body has been written. */
    @Nonbinding
    boolean exportSlot() default false;

    enum Kind {
        EXPORT("导出", "export"),
        IMPORT("导入", "import"),
        STATISTICS("统计查询", "statistics");

        final String chinese;
        final String key;

        Kind(String chinese, String key) {
            this.chinese = chinese;
            this.key = key;
        }
    }
}
