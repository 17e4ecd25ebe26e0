package gov.xianan.reform.account.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.account.MeResponse;
import gov.xianan.reform.account.service.AccountService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Tag(name = "account", description = "当前用户 / the current caller")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService service;

    @GET
    @Operation(summary = "Who am I / 当前用户", description = "Username, department (code and name), functional roles and client of the token's holder.")
    public MeResponse me() {
        return service.me();
    }
}
