package dev.stratum.runtime.spring;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Development users for local runs, e.g. {@code stratum.security.dev-users.users.vet=VET}.
 *
 * @param enabled  whether the users exist at all; never true outside a local in-memory database
 * @param password the password every user shares; generated and logged at start when absent
 * @param users    user name to role names (without {@code ROLE_})
 */
@ConfigurationProperties("stratum.security.dev-users")
public record DevUsersProperties(boolean enabled, String password, Map<String, List<String>> users) {

    public DevUsersProperties {
        users = users == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(users));
    }

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    /** Leaves the password out, so printing the properties never leaks it. */
    @Override
    public String toString() {
        return "DevUsersProperties[enabled=" + enabled + ", users=" + users + "]";
    }
}
