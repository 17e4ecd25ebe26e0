package gov.xianan.reform.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The rules of the verified-token cache without a server: only the very token, only until its
 * {@code exp}, never more than its bound, and never another request's routing context.
 */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);

    private static JsonWebToken jwt(String name, long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp", "sub");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) switch (claimName) {
                    case "exp" -> Long.valueOf(exp);
                    case "sub" -> name;
                    default -> null;
                };
            }
        };
    }

    private static RoutingContext routingContext(String label) {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> label;
                    case "hashCode" -> label.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final AuthenticationRequestContext BLOCKING = function -> null;

    /** An identity as Quarkus OIDC builds it: token credential, JWT principal, request attributes. */
    private static SecurityIdentity verified(String token, String user, long expSeconds, RoutingContext rc) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(user, expSeconds))
                .addCredential(new AccessTokenCredential(token))
                .addRole("staff")
                .addPermissionAsString("openid")
                .addAttribute(RoutingContext.class.getName(), rc)
                .addAttribute(AuthenticationRequestContext.class.getName(), BLOCKING)
                .addAttribute("tenant-id", "Default")
                .build();
    }

    private VerifiedTokens cache(int maxSize) {
        return new VerifiedTokens(true, maxSize, clock::get);
    }

    @Test
    void aVerifiedTokenIsAnsweredWithItsIdentityAndThisRequestsContexts() {
        VerifiedTokens tokens = cache(10);
        RoutingContext first = routingContext("first request");
        tokens.remember(verified("h.p.s", "publicity-staff", NOW / 1000 + 300, first));

        RoutingContext second = routingContext("second request");
        AuthenticationRequestContext secondBlocking = function -> null;
        SecurityIdentity hit = tokens.identityFor("h.p.s", second, secondBlocking).orElseThrow();

        assertThat(hit.getPrincipal().getName()).isEqualTo("publicity-staff");
        assertThat(hit.getRoles()).containsExactly("staff");
        assertThat(hit.getCredential(AccessTokenCredential.class).getToken()).isEqualTo("h.p.s");
        assertThat(hit.getPermissions()).hasSize(1);
        assertThat((Object) hit.getAttribute("tenant-id")).isEqualTo("Default");
        assertThat((Object) hit.getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat((Object) hit.getAttribute(AuthenticationRequestContext.class.getName())).isSameAs(secondBlocking);
        assertThat((Object) hit.getAttribute(VerifiedTokens.FROM_CACHE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void theCacheKeepsNoRequestsContext() {
        VerifiedTokens tokens = cache(10);
        tokens.remember(verified("h.p.s", "publicity-staff", NOW / 1000 + 300, routingContext("first")));
        SecurityIdentity hit = tokens.identityFor("h.p.s", null, BLOCKING).orElseThrow();
        assertThat((Object) hit.getAttribute(RoutingContext.class.getName())).isNull();
    }

    @Test
    void onlyTheVeryTokenIsAnswered() {
        VerifiedTokens tokens = cache(10);
        tokens.remember(verified("h.p.s", "publicity-staff", NOW / 1000 + 300, null));
        assertThat(tokens.identityFor("h.p.t", null, BLOCKING)).isEmpty();
        assertThat(tokens.identityFor("h.P.s", null, BLOCKING)).isEmpty();
        assertThat(tokens.identityFor("h.p.s ", null, BLOCKING)).isEmpty();
        assertThat(tokens.identityFor(null, null, BLOCKING)).isEmpty();
        assertThat(tokens.identityFor("h.p.s", null, BLOCKING)).isPresent();
    }

    @Test
    void aTokenIsAnsweredUntilItsExpiryAndNotAtIt() {
        VerifiedTokens tokens = cache(10);
        long exp = NOW / 1000 + 60;
        tokens.remember(verified("h.p.s", "publicity-staff", exp, null));
        clock.set(exp * 1000 - 1);
        assertThat(tokens.identityFor("h.p.s", null, BLOCKING)).isPresent();
        clock.set(exp * 1000);
        assertThat(tokens.identityFor("h.p.s", null, BLOCKING)).isEmpty();
        // and it is gone, not merely hidden
        clock.set(exp * 1000 - 1);
        assertThat(tokens.identityFor("h.p.s", null, BLOCKING)).isEmpty();
    }

    @Test
    void expiredTokensAndIdentitiesWithoutAnAccessTokenAreNotKept() {
        VerifiedTokens tokens = cache(10);
        tokens.remember(verified("old", "publicity-staff", NOW / 1000, null));
        tokens.remember(verified("no-exp", "publicity-staff", 0, null));
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(jwt("x", NOW / 1000 + 300)).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(() -> "basic-user")
                .addCredential(new AccessTokenCredential("not-a-jwt-principal")).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anIdentityAnsweredFromTheCacheIsNotRememberedAgain() {
        VerifiedTokens tokens = cache(10);
        SecurityIdentity marked = QuarkusSecurityIdentity.builder(verified("h.p.s", "u", NOW / 1000 + 300, null))
                .addAttribute(VerifiedTokens.FROM_CACHE, Boolean.TRUE).build();
        tokens.remember(marked);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        VerifiedTokens tokens = cache(3);
        for (int i = 0; i < 50; i++) {
            tokens.remember(verified("token-" + i, "user-" + i, NOW / 1000 + 300, null));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void switchedOffItKeepsAndAnswersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(false, 10, clock::get);
        tokens.remember(verified("h.p.s", "publicity-staff", NOW / 1000 + 300, null));
        assertThat(tokens.size()).isZero();
        assertThat(tokens.identityFor("h.p.s", null, BLOCKING)).isEmpty();
    }
}
