package dev.stratum.processor.schema;

import java.util.List;

/**
 * How one database spells Stratum's DDL. {@link #name()} is also the folder Flyway's {@code {vendor}} placeholder
 * resolves to, so each dialect's migrations live in their own folder.
 *
 * <p>Identifiers are never quoted. A quoted name is case-sensitive in both databases (H2 folds unquoted names to
 * upper case, PostgreSQL to lower case), so a table created as {@code "pets"} would be out of reach of the unquoted SQL
 * in generated repositories and in the queries people write by hand. Names that would need quotes — reserved words,
 * anything but lower-case snake_case — are rejected at compile time by {@link IdentifierRules} instead.
 */
public interface SqlDialect {

    /** The dialect's folder name, e.g. {@code h2}. */
    String name();

    /** The {@code CREATE TABLE} statement, constraints named, one column per line, ending in a newline. */
    String createTable(TableModel table);

    /** The {@code DROP TABLE} statement, ending in a newline. */
    String dropTable(TableModel table);

    /** The statements that apply one change, each ending in a newline. */
    String render(SchemaChange change);

    /** Whether the database rejects this lower-case name as an unquoted table or column name. */
    boolean isReserved(String identifier);

    /** Every dialect Stratum writes migrations for. */
    static List<SqlDialect> all() {
        return List.of(new H2Dialect(), new PostgresDialect());
    }
}
