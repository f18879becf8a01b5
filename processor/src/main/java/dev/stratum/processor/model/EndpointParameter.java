package dev.stratum.processor.model;

import java.util.List;
import java.util.Optional;

/** A parameter of an endpoint method and what binds it: a path variable, query parameter, header or the body. */
public sealed interface EndpointParameter {

    /** The Java parameter name. */
    String name();

    /** Where a value parameter comes from. */
    enum Source { PATH, QUERY, HEADER }

    /**
     * A path variable, query parameter or header converted to a simple value.
     *
     * @param key          the name the client sends
     * @param type         the value type
     * @param defaultValue the query parameter's default; empty when the parameter is required
     * @param constraints  checked before the implementation is called; a violation answers a 400 problem
     */
    record ValueParameter(String name, Source source, String key, ValueType type, Optional<String> defaultValue,
            List<Constraint> constraints) implements EndpointParameter {

        public ValueParameter {
            constraints = List.copyOf(constraints);
        }
    }

    /** Which generated validator checks a body. */
    enum Validation {
        /** None: the record has no constraints Stratum knows of. */
        NONE,
        /** The record is {@code @Validatable}: its own {@code <Record>Validator}. */
        TYPE,
        /** The record is an entity's {@code PetCreateRequest} or {@code PetUpdateRequest}: the entity's validator bean. */
        ENTITY
    }

    /**
     * The JSON request body: a record.
     *
     * @param packageName    the record's package
     * @param simpleName     the record's simple name
     * @param validation     which generated validator checks it
     * @param validatorClock whether a {@link Validation#TYPE} validator takes the clock
     */
    record BodyParameter(String name, String packageName, String simpleName, Validation validation,
            boolean validatorClock) implements EndpointParameter {

        public String qualifiedName() {
            return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        }
    }
}
