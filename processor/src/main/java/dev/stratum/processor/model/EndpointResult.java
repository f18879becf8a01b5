package dev.stratum.processor.model;

/**
 * What an endpoint method returns.
 *
 * @param shape       nothing, one record, a list of records, or an optional record
 * @param packageName the record's package; empty for {@link Shape#NONE}
 * @param simpleName  the record's simple name; empty for {@link Shape#NONE}
 */
public record EndpointResult(Shape shape, String packageName, String simpleName) {

    /** How the record is wrapped; each maps to its own response. */
    public enum Shape {
        /** {@code void}: no body, 204 unless the method names another status. */
        NONE,
        /** A record: the body. */
        ONE,
        /** {@code List<Record>}: a JSON array. */
        LIST,
        /** {@code Optional<Record>}: the body, or a 404 problem when empty. */
        OPTIONAL
    }

    public static EndpointResult none() {
        return new EndpointResult(Shape.NONE, "", "");
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
