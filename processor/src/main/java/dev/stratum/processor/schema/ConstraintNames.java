package dev.stratum.processor.schema;

/**
 * Names of the constraints and indexes Stratum declares: {@code pk_<table>}, {@code uk_<table>_<column>},
 * {@code fk_<table>_<column>}, {@code ck_<table>_<column>} and {@code ix_<table>_<column>}. A name longer than
 * PostgreSQL's 63-character limit is cut and given a hash suffix, because PostgreSQL would otherwise truncate it
 * silently and two long names could collide.
 */
public final class ConstraintNames {

    /** PostgreSQL's identifier limit (NAMEDATALEN - 1); H2 allows longer names. */
    static final int MAX_LENGTH = 63;
    private static final int HASH_LENGTH = 8;

    private ConstraintNames() {
    }

    static String primaryKey(String table) {
        return fit("pk_" + table);
    }

    /** The name of the unique constraint on one column; generated repositories map it back to the field. */
    public static String unique(String table, String column) {
        return fit("uk_" + table + "_" + column);
    }

    /** The name of the foreign key on one column; generated repositories map it back to the relation field. */
    public static String foreignKey(String table, String column) {
        return fit("fk_" + table + "_" + column);
    }

    /** The name of the check constraint on one column. */
    public static String check(String table, String column) {
        return fit("ck_" + table + "_" + column);
    }

    /** The name of a unique constraint on several columns, in order: {@code uk_<table>_<column>_<column>}. */
    public static String unique(String table, java.util.List<String> columns) {
        return fit("uk_" + table + "_" + String.join("_", columns));
    }

    /** The name of an index on several columns, in order: {@code ix_<table>_<column>_<column>}. */
    public static String index(String table, java.util.List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    /** The name of the index on one column. */
    public static String index(String table, String column) {
        return fit("ix_" + table + "_" + column);
    }

    private static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String prefix = name.substring(0, MAX_LENGTH - HASH_LENGTH - 1);
        return prefix + "_" + Sha256.hex(name).substring(0, HASH_LENGTH);
    }
}
