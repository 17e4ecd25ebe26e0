package gov.xianan.reform.common.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, read once per request from the validated access token: a person through the web
 * app or another government system through a service account. Services ask this object, never the
 * token, so that the claim names live in one place.
 */
@RequestScoped
public class CurrentUser {

    /** Keycloak names the user behind a client-credentials token {@code service-account-<client>}. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return identity != null && !identity.isAnonymous();
    }

    /** The login name ({@code preferred_username}), or the principal name when the claim is absent. */
    public String username() {
        if (!isAuthenticated()) {
            return "anonymous";
        }
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    /**
     * A human-readable name for screens. Chinese names are family name first with no space
     * (张明华), which Keycloak's {@code name} claim ("明华 张") gets wrong; other names keep it.
     */
    public String displayName() {
        Optional<String> family = claim("family_name").filter(n -> !n.isBlank());
        Optional<String> given = claim("given_name").filter(n -> !n.isBlank());
        if (family.isPresent() && given.isPresent() && isHan(family.get()) && isHan(given.get())) {
            return family.get() + given.get();
        }
        return claim("name").filter(n -> !n.isBlank()).orElse(username());
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The department code from the {@code department} claim, if the caller has one. */
    public Optional<String> departmentCode() {
        return claim("department").filter(d -> !d.isBlank());
    }

    /**
     * Who the caller is for per-client limits: the token's client ({@code azp}) and subject, so that a
     * person through the web app and a service account are counted apart, and so is one person
     * through two clients.
     */
    public String clientKey() {
        String subject = claim("sub").orElse(isAuthenticated() ? identity.getPrincipal().getName() : "anonymous");
        return clientId().orElse("-") + ":" + subject;
    }

    /** The OAuth client the token was issued to ({@code azp}): spa, hr-system, data-platform… */
    public Optional<String> clientId() {
        return claim("azp").or(() -> claim("client_id"));
    }

    public boolean isServiceAccount() {
        return username().startsWith(SERVICE_ACCOUNT_PREFIX) || claim("client_id").isPresent();
    }

    /** The caller's functional roles, in the order of {@link Roles#ALL}. */
    public List<String> roles() {
        if (!isAuthenticated()) {
            return List.of();
        }
        Set<String> held = identity.getRoles();
        return Roles.ALL.stream().filter(held::contains).toList();
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && identity.hasRole(role);
    }

    private Optional<String> claim(String name) {
        if (!isAuthenticated() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof jakarta.json.JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.of(value.toString());
    }
}
