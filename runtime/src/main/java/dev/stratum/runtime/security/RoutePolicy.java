package dev.stratum.runtime.security;

import dev.stratum.annotations.AccessLevel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who may call one route.
 *
 * @param method  the HTTP method, upper case, e.g. {@code GET}
 * @param pattern a Spring-style path pattern, e.g. {@code /api/pets} or {@code /api/pets/*}
 * @param access  whether the route is public, needs any authenticated principal, or needs one of {@code roles}
 * @param roles   role names without a {@code ROLE_} prefix; not empty exactly when {@code access} is {@code ROLES}
 */
public record RoutePolicy(String method, String pattern, AccessLevel access, List<String> roles) {

    public RoutePolicy {
        method = requireText(method, "method").toUpperCase(Locale.ROOT);
        if (!requireText(pattern, "pattern").startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with '/': " + pattern);
        }
        Objects.requireNonNull(access, "access");
        roles = List.copyOf(roles);
        roles.forEach(RoutePolicy::requireRoleName);
        if (roles.isEmpty() == (access == AccessLevel.ROLES)) {
            throw new IllegalArgumentException("roles must be given for AccessLevel.ROLES and only then; "
                    + method + " " + pattern + " has " + access + " with roles " + roles);
        }
    }

    /** Anyone may call the route, authenticated or not. */
    public static RoutePolicy permitAll(String method, String pattern) {
        return new RoutePolicy(method, pattern, AccessLevel.PUBLIC, List.of());
    }

    /** Any authenticated principal may call the route. */
    public static RoutePolicy authenticated(String method, String pattern) {
        return new RoutePolicy(method, pattern, AccessLevel.AUTHENTICATED, List.of());
    }

    /** An authenticated principal holding at least one of {@code roles} may call the route. */
    public static RoutePolicy anyRole(String method, String pattern, String... roles) {
        return new RoutePolicy(method, pattern, AccessLevel.ROLES, List.of(roles));
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static void requireRoleName(String role) {
        if (requireText(role, "role").startsWith("ROLE_")) {
            throw new IllegalArgumentException("write role '" + role + "' without the ROLE_ prefix");
        }
    }
}
