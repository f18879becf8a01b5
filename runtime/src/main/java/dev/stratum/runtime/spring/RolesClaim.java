package dev.stratum.runtime.spring;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads role names from one claim of a token and grants them as {@code ROLE_*} authorities. The claim is a dotted
 * path ({@code roles}, {@code scope}, {@code realm_access.roles}); its value is a list of names or one string of
 * space-separated names, as the OAuth {@code scope} claim is. A missing or differently shaped claim grants nothing.
 */
final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> path;

    RolesClaim(String dottedPath) {
        this.path = List.of(dottedPath.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return names(value(jwt.getClaims())).stream()
                .filter(name -> !name.isBlank())
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
    }

    private Object value(Map<String, Object> claims) {
        Object value = claims;
        for (String key : path) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(key);
        }
        return value;
    }

    private static List<String> names(Object value) {
        if (value instanceof String names) {
            return Arrays.asList(names.strip().split("\\s+"));
        }
        if (value instanceof Collection<?> names) {
            return names.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
