package dev.stratum.processor.model;

import dev.stratum.annotations.Operation;
import java.util.List;
import java.util.Optional;

/**
 * How an entity is published over HTTP: its path, the published operations (in {@link Operation} order) and the
 * declared access policies as written. The rules stage checks that every published operation has exactly one
 * policy; later stages may rely on {@link #policy(Operation)}. A rate limit of 0 means the project-wide budget.
 */
public record ExposureModel(
        String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize,
        int readsPerMinute, int writesPerMinute) {

    public ExposureModel {
        operations = List.copyOf(operations);
        policies = List.copyOf(policies);
    }

    /** An exposure that draws on the project-wide rate-limit budgets. */
    public ExposureModel(
            String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize) {
        this(path, operations, policies, defaultPageSize, maxPageSize, 0, 0);
    }

    /** Whether the operation is published. */
    public boolean publishes(Operation operation) {
        return operations.contains(operation);
    }

    /** The first policy that covers the operation. */
    public Optional<AccessPolicy> policy(Operation operation) {
        return policies.stream().filter(p -> p.operations().contains(operation)).findFirst();
    }
}
