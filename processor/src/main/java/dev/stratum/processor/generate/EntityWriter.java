package dev.stratum.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.stratum.processor.model.EntityModel;

/** Writes one Java artifact for an entity. Writers read the model only; the entity is the originating element. */
public interface EntityWriter {

    /** Whether this artifact exists for the entity (a controller only for an exposed entity, say). */
    default boolean appliesTo(EntityModel entity) {
        return true;
    }

    JavaFile write(EntityModel entity);
}
