package gov.xianan.reform.common.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Access tokens this replica has verified, each until its own {@code exp}.
 *
 * <p>Quarkus OIDC verifies a bearer token on every request: it parses the JWT, checks the RS256
 * signature against Keycloak's keys and checks issuer, audience and expiry. Under the worker list's
 * load that is most of the API's allocation and a large share of its CPU (docs/benchmarks.md), for a
 * token the web app sends unchanged for minutes. This cache keeps the identity built from a verified
 * token, keyed by the <em>whole</em> compact token (header, claims and signature), so that only
 * byte-for-byte the same token is answered from it: a changed claim or signature is a different key
 * and goes through the full verification.
 *
 * <p>What does not change: a token is accepted until its {@code exp} and no longer (checked on every
 * read against the wall clock, not only by the cache's eviction); local verification never consulted
 * Keycloak for revocation, so neither does this. What does: a token signed with a key that Keycloak
 * withdraws is still accepted until its {@code exp} on a replica that verified it before the rotation
 * (at most the access-token lifespan, 5 minutes in realm xianan). The cache is per replica and holds
 * nothing another replica needs: a replica that has not seen a token verifies it.
 *
 * <p>Per-request attributes of an identity (the Vert.x routing context and the blocking-call context)
 * are not kept; {@link #identityFor} puts the current request's in. Hits and misses are metered as
 * {@code cache_gets_total{cache="verified-tokens"}}.
 */
@Startup
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity answered from this cache, so that it is not remembered again. */
    static final String FROM_CACHE = VerifiedTokens.class.getName() + ".hit";

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final boolean enabled;
    private final LongSupplier nowMillis;
    private final Cache<String, Entry> cache;

    /** What is kept of a verified token: its identity without per-request attributes, and its expiry. */
    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    @Inject
    VerifiedTokens(VerifiedTokenConfig config, MeterRegistry registry) {
        this(config.enabled(), config.maxSize(), System::currentTimeMillis);
        CaffeineCacheMetrics.monitor(registry, cache, "verified-tokens");
    }

    /** For tests: a clock to move past a token's expiry. */
    VerifiedTokens(boolean enabled, int maxSize, LongSupplier nowMillis) {
        this.enabled = enabled;
        this.nowMillis = nowMillis;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry entry, long currentTime) {
                        return Math.max(0, entry.expiresAtMillis() - nowMillis.getAsLong()) * 1_000_000L;
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry entry, long currentTime, long currentDuration) {
                        return expireAfterCreate(token, entry, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String token, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                // eviction and expiry on the calling thread: no background task, tests see the bound at once
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Remembers an identity that Quarkus OIDC has just built from a verified access token. Anything else
     * (no access token, no expiry, already expired, answered from this cache) is not kept.
     */
    void remember(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        long exp = jwt.getExpirationTime();
        if (credential == null || credential.getToken() == null || exp <= 0) {
            return;
        }
        long expiresAtMillis = exp * 1000L;
        if (expiresAtMillis <= nowMillis.getAsLong()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.remove(REQUEST_CONTEXT);
        cache.put(credential.getToken(), new Entry(copy(identity, attributes), expiresAtMillis));
    }

    /**
     * The identity of a token verified before and not yet expired, with this request's routing and
     * blocking-call contexts; empty when the token must be verified.
     */
    Optional<SecurityIdentity> identityFor(String token, RoutingContext routingContext,
            AuthenticationRequestContext requestContext) {
        if (!enabled || token == null) {
            return Optional.empty();
        }
        Entry entry = cache.getIfPresent(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAtMillis() <= nowMillis.getAsLong()) {
            cache.invalidate(token);
            return Optional.empty();
        }
        Map<String, Object> attributes = new HashMap<>(entry.identity().getAttributes());
        if (routingContext != null) {
            attributes.put(ROUTING_CONTEXT, routingContext);
        }
        attributes.put(REQUEST_CONTEXT, requestContext);
        attributes.put(FROM_CACHE, Boolean.TRUE);
        return Optional.of(copy(entry.identity(), attributes));
    }

    /** Tokens held now (after pending evictions). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** The identity's principal, roles, credentials and permissions with the given attributes. */
    private static SecurityIdentity copy(SecurityIdentity identity, Map<String, Object> attributes) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
    }
}
