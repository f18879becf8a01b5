package dev.stratum.runtime.security;

import java.util.Locale;

/** Which budget of a caller a request draws on: reads are cheap and frequent, writes are neither. */
public enum OperationClass {
    /** {@code GET} and {@code HEAD}: read and list. */
    READ,
    /** Every other method: create, update, delete. */
    WRITE;

    /** The class of a request with the given HTTP method. */
    public static OperationClass of(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> READ;
            default -> WRITE;
        };
    }
}
