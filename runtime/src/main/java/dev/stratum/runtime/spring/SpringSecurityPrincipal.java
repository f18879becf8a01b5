package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.Caller;
import dev.stratum.runtime.security.CurrentPrincipal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller Spring Security authenticated on this thread: its name, and its {@code ROLE_} authorities as role names.
 * An anonymous or missing authentication is no caller.
 */
final class SpringSecurityPrincipal implements CurrentPrincipal {

    private static final String ROLE_PREFIX = "ROLE_";

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public Optional<Caller> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!trust.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(authentication.getName(), roles(authentication)));
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
