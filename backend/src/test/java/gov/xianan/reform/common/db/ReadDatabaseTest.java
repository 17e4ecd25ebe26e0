package gov.xianan.reform.common.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The read datasource: read-only sessions in one snapshot, and part of readiness. That the
 * statistics are really served by a streaming replica is shown by backend/dev/check-read-replica.sh.
 */
@QuarkusTest
class ReadDatabaseTest {

    @Inject
    ReadDatabase read;

    @Test
    void readsInOneReadOnlyRepeatableReadTransaction() {
        String[] settings = read.snapshot(db -> {
            Object[] r = db.rows("select current_setting('transaction_read_only'), current_setting('transaction_isolation'), "
                    + "current_setting('application_name')").get(0);
            return new String[] { (String) r[0], (String) r[1], (String) r[2] };
        });
        assertThat(settings).containsExactly("on", "repeatable read", "xianan-api-read");
    }

    @Test
    void aWriteThroughTheReadDatasourceIsRefused() {
        assertThatThrownBy(() -> read.snapshot(db -> db.rows("update registry_generation set n = n + 1 where id = 1 returning n")))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006")); // read_only_sql_transaction
    }

    @Test
    void readinessChecksTheReadDatasource() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.data.read", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.data.'<default>'", equalTo("UP"));
    }
}
