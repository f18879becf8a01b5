package dev.stratum.examples.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A schema as {@code information_schema} describes it: tables, columns (type, length, precision, nullability,
 * identity) and named constraints with their columns, each as one sorted line so two reads compare with equals.
 * Flyway's history table is left out; so are PostgreSQL's NOT NULL checks, whose names contain object ids that change
 * with every creation (nullability is compared through the columns).
 */
record SchemaSnapshot(List<String> tables, List<String> columns, List<String> constraints) {

    private static final String HISTORY = "flyway_schema_history";

    private static final String TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = ? AND table_type = 'BASE TABLE' AND table_name <> ?
            ORDER BY table_name""";

    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable, is_identity
            FROM information_schema.columns
            WHERE table_schema = ? AND table_name <> ?
            ORDER BY table_name, ordinal_position""";

    private static final String CONSTRAINTS = """
            SELECT c.table_name, c.constraint_name, c.constraint_type, k.column_name
            FROM information_schema.table_constraints c
            LEFT JOIN information_schema.key_column_usage k
              ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
            WHERE c.table_schema = ? AND c.table_name <> ?
            ORDER BY c.table_name, c.constraint_name, k.ordinal_position""";

    static SchemaSnapshot read(DataSource dataSource, String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new SchemaSnapshot(
                    lines(connection, TABLES, schema),
                    lines(connection, COLUMNS, schema),
                    lines(connection, CONSTRAINTS, schema).stream()
                            .filter(line -> !(line.contains(" CHECK ") && line.contains("_not_null"))).toList());
        }
    }

    boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty() && constraints.isEmpty();
    }

    private static List<String> lines(Connection connection, String query, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, schema);
            statement.setString(2, HISTORY);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> lines = new ArrayList<>();
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= width; column++) {
                        values.add(String.valueOf(rows.getObject(column)));
                    }
                    lines.add(String.join(" ", values));
                }
                return List.copyOf(lines);
            }
        }
    }
}
