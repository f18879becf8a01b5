package dev.stratum.runtime.paging;

import dev.stratum.runtime.problem.InvalidParameterException;

/**
 * Where a keyset page sorted by a field other than the id continues: after the row with this sort value (null when
 * that row had none) and this id, the tie-breaker.
 *
 * <p>In a cursor the position is one text, {@link #key}: the id's length, a colon, the id, then {@code =} and the
 * value, or {@code ~} for a null value. The length prefix keeps any id and any value apart without escaping.
 *
 * @param id    the id of the last row of the previous page
 * @param value that row's sort value, of the sort field's Java type, or null
 */
public record Keyset<I>(I id, Object value) {

    public Keyset {
        if (id == null) {
            throw new IllegalArgumentException("a keyset position needs the id of a row");
        }
    }

    /** The cursor key of a row with this id and sort value; the value is written with {@code toString()}. */
    public static String key(Object id, Object value) {
        String text = id.toString();
        return text.length() + ":" + text + (value == null ? "~" : "=" + value);
    }

    /**
     * The id part of a {@link #key}.
     *
     * @throws InvalidParameterException naming {@code cursor} when the key is not of that form (a cursor signed
     *         before its list could sort, say)
     */
    public static String id(String key) {
        int colon = key.indexOf(':');
        return key.substring(colon + 1, idEnd(key, colon));
    }

    /** The value part of a {@link #key}, or null when the row had no value; refused like {@link #id}. */
    public static String value(String key) {
        int end = idEnd(key, key.indexOf(':'));
        return key.charAt(end) == '~' ? null : key.substring(end + 1);
    }

    private static int idEnd(String key, int colon) {
        try {
            int end = colon + 1 + Integer.parseInt(key.substring(0, colon));
            if (end < key.length() && (key.charAt(end) == '~' || key.charAt(end) == '=')) {
                return end;
            }
        } catch (RuntimeException malformed) {
            // refused below, like any cursor this list did not issue
        }
        throw new InvalidParameterException("cursor",
                "cursor is not one this list issued for this sort; start again without a cursor.");
    }
}
