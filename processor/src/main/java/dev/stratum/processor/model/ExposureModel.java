package dev.stratum.processor.model;

import dev.stratum.annotations.Operation;
import java.util.List;
import java.util.Optional;

/**
 * How an entity is published over HTTP: its path, and a policy for every published operation, in the order of
 * {@link Operation}.
 */
public record ExposureModel(String path, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize) {

    public ExposureModel {
        policies = List.copyOf(policies);
    }

    /** Whether the operation is published. */
    public boolean publishes(Operation operation) {
        return policy(operation).isPresent();
    }

    /** The policy of a published operation. */
    public Optional<AccessPolicy> policy(Operation operation) {
        return policies.stream().filter(p -> p.operation() == operation).findFirst();
    }
}
