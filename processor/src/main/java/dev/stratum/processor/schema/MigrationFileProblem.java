package dev.stratum.processor.schema;

/**
 * A migration file the snapshot recorded that is missing or no longer has the content Stratum wrote.
 *
 * @param path    the file's path below the migrations folder
 * @param message what is wrong with it and what to do, naming the file
 */
public record MigrationFileProblem(String path, String message) {
}
