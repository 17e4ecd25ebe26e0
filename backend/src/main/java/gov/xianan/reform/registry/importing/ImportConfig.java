package gov.xianan.reform.registry.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Worker imports: how long the error rows are kept, and how often the clean-up runs. */
@ConfigMapping(prefix = "xianan.imports")
public interface ImportConfig {

    /**
     * How long the rows with errors (and their cell errors) of an ended import are kept for the error
     * list and the marked workbook, counted from the job's end; then the clean-up deletes them. They
     * hold personal data as uploaded (ID numbers, phones), so no longer than a correction needs.
     */
    @WithDefault("P30D")
    Duration errorRetention();

    /**
     * How often the clean-up runs (Quarkus {@code every} syntax, e.g. {@code 1h}); {@code off} disables
     * it (tests call it directly with a controlled clock). Safe on several replicas: one runs the
     * database part at a time, and running it twice deletes nothing twice.
     */
    @WithDefault("1h")
    String cleanupEvery();
}
