package dev.stratum.annotations;

/** How the list operation of an {@link Expose exposed} entity pages through its rows. */
public enum Paging {

    /**
     * Cursor pages (the default): {@code ?cursor=&size=}, answered with the items and an opaque, signed {@code next}
     * cursor that is absent on the last page. Rows are read with {@code WHERE id > ?} in id order, so a page costs the
     * same at any depth and rows inserted between two requests never repeat or skip an earlier row.
     */
    KEYSET,

    /**
     * Numbered pages: {@code ?page=&size=}, answered with the items and the total count; each request runs a
     * {@code COUNT(*)} and reads past {@code page * size} rows.
     */
    OFFSET
}
