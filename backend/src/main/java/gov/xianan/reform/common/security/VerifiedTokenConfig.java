package gov.xianan.reform.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code xianan.security.verified-tokens.*}: how many access tokens each replica remembers after it
 * has verified them (signature, issuer, audience, expiry), so that the next request carrying the same
 * token skips the verification. See {@link VerifiedTokens}.
 */
@ConfigMapping(prefix = "xianan.security.verified-tokens")
public interface VerifiedTokenConfig {

    /** Off: every request verifies its token again (the plain Quarkus OIDC path). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Tokens remembered at most. One entry is the token and its identity, a few kilobytes; a district's
     * staff and systems hold a few hundred live tokens at a time.
     */
    @WithDefault("2000")
    int maxSize();
}
