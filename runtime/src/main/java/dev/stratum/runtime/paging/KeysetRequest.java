package dev.stratum.runtime.paging;

import dev.stratum.runtime.problem.InvalidParameterException;

/**
 * Which keyset page a client asked for.
 *
 * @param after the sort key of the last row of the previous page, or null for the first page
 * @param size  items per page, at least 1
 */
public record KeysetRequest<K>(K after, int size) {

    public KeysetRequest {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
    }

    /**
     * Checks a client's page size.
     *
     * @throws InvalidParameterException naming {@code size} when it is out of range
     */
    public static <K> KeysetRequest<K> of(K after, int size, int maxSize) {
        if (size < 1 || size > maxSize) {
            throw new InvalidParameterException("size", "size must be between 1 and " + maxSize + ".");
        }
        return new KeysetRequest<>(after, size);
    }

    /** How many rows to read: one more than the page holds, to learn whether another page follows. */
    public int limit() {
        return size + 1;
    }
}
