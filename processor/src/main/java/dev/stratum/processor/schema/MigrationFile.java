package dev.stratum.processor.schema;

import java.util.Objects;

/**
 * A migration file to write.
 *
 * @param path    the path below the migrations folder, e.g. {@code postgresql/V2__create_visits.sql}
 * @param content the SQL text, comments first
 */
public record MigrationFile(String path, String content) {

    public MigrationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
