package dev.stratum.processor.model;

/** The Java value types an entity property may have. */
public enum ValueKind {
    STRING,
    BOOLEAN,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BIG_DECIMAL,
    LOCAL_DATE,
    LOCAL_TIME,
    LOCAL_DATE_TIME,
    OFFSET_DATE_TIME,
    INSTANT,
    UUID,
    ENUM;

    /** Whether values of this kind are numbers (for the numeric constraints). */
    public boolean isNumeric() {
        return this == SHORT || this == INT || this == LONG || this == FLOAT || this == DOUBLE || this == BIG_DECIMAL;
    }

    /** Whether values of this kind are points or dates in time (for {@code @Past}, {@code @Future}, ...). */
    public boolean isTemporal() {
        return this == LOCAL_DATE || this == LOCAL_TIME || this == LOCAL_DATE_TIME || this == OFFSET_DATE_TIME
                || this == INSTANT;
    }
}
