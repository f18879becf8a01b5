package dev.stratum.runtime.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller as generated code sees it.
 *
 * @param id    the principal's name, e.g. a token's {@code sub} or a user name
 * @param roles role names without a {@code ROLE_} prefix
 */
public record Caller(String id, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    /** Whether the caller holds at least one of {@code wanted}. */
    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
