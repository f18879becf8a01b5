package dev.stratum.processor.differential;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A schema as read from {@code information_schema}, reduced to facts that do not depend on who named the
 * constraints: each fact has a key (what it is about) and a value (what it says), e.g. {@code column books.title} →
 * {@code CHARACTER VARYING(200) NOT NULL}, {@code unique books (isbn)} → {@code present}, {@code foreign key
 * books (publisher_id)} → {@code publishers (id) ON DELETE RESTRICT}, {@code check edition (format)} →
 * {@code present}, {@code index books (publisher_id)} → {@code present}. Types are normalized to the engine's
 * information_schema spelling, with length, precision and scale, fractional-second precision and identity.
 */
record DatabaseSchema(Map<String, String> facts) {

    static final String PRESENT = "present";

    private static final String COLUMNS = """
            SELECT table_name, column_name, UPPER(data_type), character_maximum_length, numeric_precision,
                   numeric_scale, datetime_precision, is_nullable, is_identity
            FROM information_schema.columns
            WHERE table_schema = ? AND table_name <> 'flyway_schema_history'""";

    /** Primary keys and uniques, a row per column, in the key's column order. */
    private static final String KEYS = """
            SELECT c.table_name, c.constraint_name, c.constraint_type, k.column_name
            FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
             AND k.table_name = c.table_name
            WHERE c.table_schema = ? AND c.table_name <> 'flyway_schema_history'
              AND c.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
            ORDER BY c.table_name, c.constraint_name, k.ordinal_position""";

    /** Foreign keys, a row per column: the referencing column and the referenced table and column. */
    private static final String FOREIGN_KEYS = """
            SELECT c.table_name, c.constraint_name, k.column_name, u.table_name, uk.column_name, r.delete_rule
            FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
             AND k.table_name = c.table_name
            JOIN information_schema.referential_constraints r
              ON r.constraint_schema = c.constraint_schema AND r.constraint_name = c.constraint_name
            JOIN information_schema.table_constraints u
              ON u.constraint_schema = r.unique_constraint_schema AND u.constraint_name = r.unique_constraint_name
            JOIN information_schema.key_column_usage uk
              ON uk.constraint_schema = u.constraint_schema AND uk.constraint_name = u.constraint_name
             AND uk.table_name = u.table_name AND uk.ordinal_position = k.position_in_unique_constraint
            WHERE c.table_schema = ? AND c.constraint_type = 'FOREIGN KEY'
            ORDER BY c.table_name, c.constraint_name, k.ordinal_position""";

    /**
     * CHECK constraints, a row per column they read. Only their columns are compared: each writer spells the
     * expression its own way, and the engines print it back differently again. (PostgreSQL lists NOT NULL as
     * CHECK constraints in {@code table_constraints}, but not in {@code constraint_column_usage}.)
     */
    private static final String CHECKS = """
            SELECT c.table_name, c.constraint_name, u.column_name
            FROM information_schema.table_constraints c
            JOIN information_schema.constraint_column_usage u
              ON u.constraint_schema = c.constraint_schema AND u.constraint_name = c.constraint_name
             AND u.table_name = c.table_name
            WHERE c.table_schema = ? AND c.constraint_type = 'CHECK'
            ORDER BY c.table_name, c.constraint_name, u.column_name""";

    /**
     * Plain (not unique, not primary-key) indexes, a row per column in index order. Indexes are outside the SQL
     * standard's information_schema, so each engine's catalog is read.
     */
    private static final String POSTGRESQL_INDEXES = """
            SELECT t.relname, i.relname, a.attname
            FROM pg_index x
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position) ON true
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE n.nspname = ? AND NOT x.indisunique AND NOT x.indisprimary
              AND t.relname <> 'flyway_schema_history'
            ORDER BY t.relname, i.relname, k.position""";

    private static final String H2_INDEXES = """
            SELECT i.table_name, i.index_name, c.column_name
            FROM information_schema.indexes i
            JOIN information_schema.index_columns c
              ON c.index_schema = i.index_schema AND c.index_name = i.index_name AND c.table_name = i.table_name
            WHERE i.index_schema = ? AND i.index_type_name = 'INDEX' AND i.table_name <> 'flyway_schema_history'
            ORDER BY i.table_name, i.index_name, c.ordinal_position""";

    /** The schema's facts; {@code engine} ({@code h2} or {@code postgresql}) picks the index catalog. */
    static DatabaseSchema read(String engine, DataSource dataSource, String schema) throws SQLException {
        var facts = new TreeMap<String, String>();
        try (Connection connection = dataSource.getConnection()) {
            var tables = new TreeSet<String>();
            for (List<String> row : query(connection, COLUMNS, schema, 9)) {
                tables.add(row.get(0));
                facts.put("column " + row.get(0) + "." + row.get(1), type(row)
                        + ("YES".equals(row.get(7)) ? " NULL" : " NOT NULL"));
            }
            tables.forEach(table -> facts.put("table " + table, PRESENT));
            var keys = new LinkedHashMap<String, List<String>>();
            for (List<String> row : query(connection, KEYS, schema, 4)) {
                String kind = row.get(2).equals("PRIMARY KEY") ? "primary key " : "unique ";
                keys.computeIfAbsent(kind + row.get(0) + "\0" + row.get(1), k -> new ArrayList<>()).add(row.get(3));
            }
            keys.forEach((key, columns) -> facts.put(
                    key.substring(0, key.indexOf('\0')) + " (" + String.join(", ", columns) + ")", PRESENT));
            var foreignKeys = new LinkedHashMap<String, List<List<String>>>();
            for (List<String> row : query(connection, FOREIGN_KEYS, schema, 6)) {
                foreignKeys.computeIfAbsent(row.get(0) + "\0" + row.get(1), k -> new ArrayList<>()).add(row);
            }
            for (List<List<String>> rows : foreignKeys.values()) {
                List<String> first = rows.get(0);
                facts.put("foreign key " + first.get(0) + " (" + join(rows, 2) + ")",
                        first.get(3) + " (" + join(rows, 4) + ") ON DELETE " + first.get(5));
            }
            groupedFacts(connection, CHECKS, schema, "check", facts);
            groupedFacts(connection, engine.equals("h2") ? H2_INDEXES : POSTGRESQL_INDEXES, schema, "index", facts);
        }
        return new DatabaseSchema(facts);
    }

    Set<String> tables() {
        return facts.keySet().stream().filter(key -> key.startsWith("table ")).collect(
                java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    long count(String kind) {
        return facts.keySet().stream().filter(key -> key.startsWith(kind + " ")).count();
    }

    /** Facts {@code <kind> <table> (<columns>)} from rows of (table, constraint or index name, column). */
    private static void groupedFacts(Connection connection, String sql, String schema, String kind,
            Map<String, String> facts) throws SQLException {
        var groups = new LinkedHashMap<String, List<String>>();
        for (List<String> row : query(connection, sql, schema, 3)) {
            groups.computeIfAbsent(row.get(0) + "\0" + row.get(1), k -> new ArrayList<>()).add(row.get(2));
        }
        groups.forEach((key, columns) -> facts.put(
                kind + " " + key.substring(0, key.indexOf('\0')) + " (" + String.join(", ", columns) + ")", PRESENT));
    }

    private static String join(List<List<String>> rows, int column) {
        return String.join(", ", rows.stream().map(row -> row.get(column)).toList());
    }

    private static String type(List<String> row) {
        String type = row.get(2);
        String normalized = switch (type) {
            case "CHARACTER VARYING" -> type + "(" + row.get(3) + ")";
            case "NUMERIC" -> type + "(" + row.get(4) + "," + row.get(5) + ")";
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP", "TIME", "TIME WITH TIME ZONE",
                 "TIME WITHOUT TIME ZONE" -> type + "(" + row.get(6) + ")";
            default -> type;
        };
        return "YES".equals(row.get(8)) ? normalized + " IDENTITY" : normalized;
    }

    private static List<List<String>> query(Connection connection, String sql, String schema, int width)
            throws SQLException {
        var rows = new ArrayList<List<String>>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    var row = new ArrayList<String>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
