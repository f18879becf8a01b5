package dev.stratum.runtime.paging;

import dev.stratum.runtime.problem.InvalidParameterException;

/**
 * Which page of a list a client asked for.
 *
 * @param page zero-based page number
 * @param size items per page, at least 1
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, got page " + page + ", size " + size);
        }
    }

    /**
     * Checks a client's paging parameters.
     *
     * @throws InvalidParameterException naming {@code page} or {@code size} when it is out of range
     */
    public static PageRequest of(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or greater.");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidParameterException("size", "size must be between 1 and " + maxSize + ".");
        }
        return new PageRequest(page, size);
    }

    /** The number of items before this page, for SQL {@code OFFSET}. */
    public long offset() {
        return (long) page * size;
    }
}
