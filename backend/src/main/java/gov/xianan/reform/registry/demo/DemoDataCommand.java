package gov.xianan.reform.registry.demo;

import gov.xianan.reform.common.time.ClockProducer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;

/**
 * Generates the demo registry at any size into a database of its own, from the packaged app:
 *
 * <pre>
 * backend/dev/demo-data.sh --workers 1000000 --db jdbc:postgresql://127.0.0.1:5432/xianan_bench
 * </pre>
 *
 * It migrates the schema first (Flyway) and refuses a database that holds real records. It commits
 * every chunk of 50,000 workers (so that a generation of millions does not hold the server's
 * snapshot horizon for its whole run); a run that fails part way leaves a partial registry, so it
 * wants a database of its own, made anew for every run.
 */
public final class DemoDataCommand {

    private DemoDataCommand() {
    }

    public static void main(String[] args) throws Exception {
        int workers = DemoDataGenerator.SEED_WORKERS;
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/xianan");
        String user = System.getenv().getOrDefault("DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        long seed = 20201124L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--db" -> url = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: demo-data [--workers N] [--db JDBC_URL] [--seed S]   (DB_USER, DB_PASSWORD from the environment)");
                    System.exit(2);
                }
            }
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            DemoDataGenerator.Result r = new DemoDataGenerator(c, seed, LocalDate.now(ClockProducer.ZONE)).committingChunks(50_000).generate(workers);
            System.out.printf("demo data: %d enterprises, %d workers, %d honours, %d political posts in %.1f s%n", r.enterprises(), r.workers(),
                    r.honours(), r.politicalPosts(), r.millis() / 1000.0);
        }
    }
}
