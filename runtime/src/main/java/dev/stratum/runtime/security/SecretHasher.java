package dev.stratum.runtime.security;

/**
 * Turns a secret (a password, a PIN) into the one-way hash that is stored in its place, and checks a candidate against
 * a stored hash. Generated services hash every new value of a {@code @Sensitive(hashed = true)} field with it; your
 * own code calls {@link #matches} (or the service's generated {@code matches...} method) to verify one. The Spring
 * glue answers with Spring Security's delegating password encoder ({@code {bcrypt}} by default).
 */
public interface SecretHasher {

    /** The hash to store for {@code secret}; a fresh salt each time, so equal secrets get different hashes. */
    String hash(CharSequence secret);

    /** Whether {@code candidate} is the secret {@code storedHash} was made from; {@code false} when nothing is stored. */
    boolean matches(CharSequence candidate, String storedHash);
}
