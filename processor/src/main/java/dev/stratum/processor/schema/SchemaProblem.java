package dev.stratum.processor.schema;

import dev.stratum.processor.model.Location;

/** A model that no schema can represent as written: where, and a one-sentence message saying how to fix it. */
public record SchemaProblem(Location location, String message) {
}
