package dev.stratum.processor.model;

/**
 * A relation of another entity that references this one: deleting a row it references fails while it does (unless
 * its {@code @OnDelete} says otherwise), and the error names it.
 *
 * @param entity   the referencing entity's simple name ({@code Pet})
 * @param table    its table
 * @param column   its foreign-key column
 * @param property its exposed property ({@code ownerId})
 */
public record Referrer(String entity, String table, String column, String property) {
}
