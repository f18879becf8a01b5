package dev.stratum.annotations;

/** Who may call an operation; see {@link Allow}. */
public enum AccessLevel {
    /** Anyone, authenticated or not. */
    PUBLIC,
    /** Any authenticated principal. */
    AUTHENTICATED,
    /** An authenticated principal holding at least one of {@link Allow#roles()}. */
    ROLES
}
