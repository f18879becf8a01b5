package dev.stratum.runtime.security;

import dev.stratum.runtime.problem.UnauthenticatedException;
import java.util.List;

/**
 * Which rows of an owner-scoped entity the caller may touch: its own, or every owner's when it holds one of the
 * entity's bypass roles. Generated repositories bind it into every read, list, update and delete, so another owner's
 * row is simply not found.
 *
 * @param owner      the caller's name, which is what an owner-scoped row stores as its owner
 * @param everyOwner whether the caller holds a bypass role and so sees every owner's rows
 */
public record OwnerScope(String owner, boolean everyOwner) {

    /**
     * The scope of the current caller.
     *
     * @param entity      the entity's name, for the error's detail
     * @param bypassRoles roles whose holders see every owner's rows
     * @throws UnauthenticatedException when the caller is anonymous: anonymous callers own nothing
     */
    public static OwnerScope of(CurrentPrincipal principal, String entity, String... bypassRoles) {
        Caller caller = principal.caller().orElseThrow(() -> new UnauthenticatedException("access " + entity));
        return new OwnerScope(caller.id(), caller.hasAnyRole(List.of(bypassRoles)));
    }
}
