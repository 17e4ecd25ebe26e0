package gov.xianan.reform.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import gov.xianan.reform.common.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;

/** A job kind for the runner's tests: records each run; an input of {@code fail} throws (a system failure). */
@ApplicationScoped
public class RecordingJobHandler implements JobHandler {

    public static final String KIND = "test-recording";

    /** A run as the handler saw it. */
    public record Seen(long subjectId, int attempt, String input) {
    }

    private final List<Seen> runs = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** Every run so far (a method: the injected bean is a client proxy, its fields are not the instance's). */
    public List<Seen> runs() {
        return runs;
    }

    /** Every {@link #failed} call so far, as "subject: reason". */
    public List<String> failures() {
        return failures;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Outcome run(ClaimedJob job) {
        String input = job.input() == null ? null : new String(job.input(), StandardCharsets.UTF_8);
        runs.add(new Seen(job.subjectId(), job.attempt(), input));
        if ("fail".equals(input)) {
            throw new IllegalStateException("told to fail");
        }
        return Outcome.SUCCEEDED;
    }

    @Override
    public void failed(long subjectId, String reason) {
        failures.add(subjectId + ": " + reason);
    }
}
