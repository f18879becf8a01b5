package dev.stratum.processor.model;

/** How an entity's id gets its value. */
public enum IdStrategy {
    /** The database assigns it ({@code @GeneratedValue(strategy = IDENTITY)} on a {@code Long}). */
    IDENTITY,
    /** The application assigns a random UUID before the insert, unless a hook has set one. */
    RANDOM_UUID
}
