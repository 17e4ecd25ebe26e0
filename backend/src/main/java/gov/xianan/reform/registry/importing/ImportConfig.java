package gov.xianan.reform.registry.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Worker imports: how many rows the database writes at a time, how long the error rows are kept, and how often the clean-up runs. */
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

    /**
     * Rows the database writes per batch of statements while the rest of the file is still being read
     * and validated (all in the import's one transaction). Larger batches cost fewer statements, smaller
     * ones overlap more of the reading with the writing; the tests use a few rows so that every import
     * of more than a handful of rows is written in several batches.
     */
    @WithDefault("25000")
    int writeBatchRows();
}
