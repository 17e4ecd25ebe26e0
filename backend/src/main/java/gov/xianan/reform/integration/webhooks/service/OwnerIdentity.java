package gov.xianan.reform.integration.webhooks.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import gov.xianan.reform.integration.webhooks.WebhookSubscription;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs work as a subscription's owner: a request context of its own whose security identity is
 * the owner as recorded at registration (username, department, client, roles). The scope
 * components then decide for the owner exactly as for the owner's own calls to the feed — one set
 * of rules, not a copy for webhooks.
 */
@ApplicationScoped
public class OwnerIdentity {

    public <T> T call(WebhookSubscription s, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity(s));
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }

    static QuarkusSecurityIdentity identity(WebhookSubscription s) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", s.ownerUsername);
        claims.put("sub", s.ownerUsername);
        if (s.ownerDepartment != null) {
            claims.put("department", s.ownerDepartment);
        }
        if (s.ownerClientId != null) {
            claims.put("azp", s.ownerClientId);
        }
        JsonWebToken principal = new JsonWebToken() {
            @Override
            public String getName() {
                return s.ownerUsername;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRoles(Set.of(s.ownerRoles)).build();
    }
}
