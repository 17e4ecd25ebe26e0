package gov.xianan.reform.testsupport;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint (not in the packaged app) that fails the way a bug would. */
@Path("/api/v1/test-support/failure")
@Authenticated
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internals: jdbc:postgresql://db/password=hunter2");
    }
}
