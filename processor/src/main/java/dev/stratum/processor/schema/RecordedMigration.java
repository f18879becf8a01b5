package dev.stratum.processor.schema;

import java.util.Objects;

/**
 * A migration file Stratum wrote, with the SHA-256 of its content, so a later compile notices a hand edit.
 *
 * @param path   the path below the migrations folder, e.g. {@code h2/V1__create_pets.sql}
 * @param sha256 the lower-case hex SHA-256 of the content, line endings normalized to {@code \n}
 */
public record RecordedMigration(String path, String sha256) {

    public RecordedMigration {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The record of a file with this content. */
    public static RecordedMigration of(String path, String content) {
        return new RecordedMigration(path, contentHash(content));
    }

    /**
     * The hash of a migration's content. Line endings are normalized and a byte order mark dropped first, as Flyway
     * does for its checksums, so a checkout that converts line endings is not mistaken for an edit.
     */
    static String contentHash(String content) {
        String withoutBom = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return Sha256.hex(withoutBom.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
