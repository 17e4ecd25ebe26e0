package gov.xianan.reform.common.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a bearer token this replica has already verified from {@link VerifiedTokens}; for any other
 * token it answers nothing, and Quarkus's identity-provider manager goes on to the OIDC provider, which
 * verifies it in full (and {@link VerifiedTokenRecorder} then remembers it). Asked before the OIDC
 * provider by its priority.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before every other provider: Quarkus OIDC's has the default, {@code SYSTEM_FIRST + 1}. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // only bearer access tokens: the class exactly, not subclasses with other meanings
        if (request.getToken() == null || request.getToken().getClass() != AccessTokenCredential.class) {
            return Uni.createFrom().nullItem();
        }
        return verifiedTokens
                .identityFor(request.getToken().getToken(), HttpSecurityUtils.getRoutingContextAttribute(request), context)
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }
}
