package gov.xianan.reform.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Remembers the identity of every access token the OIDC provider has just verified, in
 * {@link VerifiedTokens}. Runs first among the augmentors (by priority), so that what is kept is the
 * identity as verified; augmentors run again on every identity answered from the cache.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        verifiedTokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
