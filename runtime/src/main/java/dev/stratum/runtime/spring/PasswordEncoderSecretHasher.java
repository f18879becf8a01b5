package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.SecretHasher;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A {@link SecretHasher} on a Spring Security {@link PasswordEncoder}. */
public final class PasswordEncoderSecretHasher implements SecretHasher {

    private final PasswordEncoder encoder;

    public PasswordEncoderSecretHasher(PasswordEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public String hash(CharSequence secret) {
        return encoder.encode(Objects.requireNonNull(secret, "secret"));
    }

    @Override
    public boolean matches(CharSequence candidate, String storedHash) {
        return candidate != null && storedHash != null && encoder.matches(candidate, storedHash);
    }
}
