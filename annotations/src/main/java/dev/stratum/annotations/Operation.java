package dev.stratum.annotations;

/** A CRUD operation that {@link Expose} can publish over HTTP. */
public enum Operation {
    /** {@code POST /path}: creates a row and answers 201 with its location. */
    CREATE,
    /** {@code GET /path/{id}}: reads one row. */
    READ,
    /** {@code PUT /path/{id}} with {@code If-Match}: replaces the editable fields, checking the version. */
    UPDATE,
    /** {@code DELETE /path/{id}}: removes one row. */
    DELETE,
    /** {@code GET /path?page=&size=}: a page of rows, its size capped. */
    LIST
}
