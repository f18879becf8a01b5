package dev.stratum.processor.model;

/** The Java value types an entity property may have. */
public enum ValueKind {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    BIG_DECIMAL,
    LOCAL_DATE,
    INSTANT,
    UUID,
    ENUM;

    /** Whether values of this kind are numbers (for the numeric constraints). */
    public boolean isNumeric() {
        return this == INT || this == LONG || this == BIG_DECIMAL;
    }

    /** Whether values of this kind are points or dates in time (for {@code @Past}, {@code @Future}, ...). */
    public boolean isTemporal() {
        return this == LOCAL_DATE || this == INSTANT;
    }
}
