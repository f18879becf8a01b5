package dev.stratum.processor.model;

import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import java.util.List;
import java.util.Optional;

/**
 * How an entity is published over HTTP: its path, the published operations (in {@link Operation} order) and the
 * declared access policies as written. The rules stage checks that every published operation has exactly one
 * policy; later stages may rely on {@link #policy(Operation)}. A rate limit of 0 means the project-wide budget.
 * {@code paging} says whether the list operation serves cursor (keyset) pages or numbered (offset) pages;
 * {@code sortable} and {@code filterable} name the properties a list request may sort by and filter on, as written.
 */
public record ExposureModel(
        String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize,
        int readsPerMinute, int writesPerMinute, Paging paging, List<String> sortable, List<String> filterable) {

    public ExposureModel {
        operations = List.copyOf(operations);
        policies = List.copyOf(policies);
        sortable = List.copyOf(sortable);
        filterable = List.copyOf(filterable);
    }

    /** An exposure whose list sorts by id only and takes no filters. */
    public ExposureModel(
            String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize,
            int readsPerMinute, int writesPerMinute, Paging paging) {
        this(path, operations, policies, defaultPageSize, maxPageSize, readsPerMinute, writesPerMinute, paging,
                List.of(), List.of());
    }

    /** An exposure with keyset pages. */
    public ExposureModel(
            String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize,
            int readsPerMinute, int writesPerMinute) {
        this(path, operations, policies, defaultPageSize, maxPageSize, readsPerMinute, writesPerMinute, Paging.KEYSET);
    }

    /** An exposure with keyset pages that draws on the project-wide rate-limit budgets. */
    public ExposureModel(
            String path, List<Operation> operations, List<AccessPolicy> policies, int defaultPageSize, int maxPageSize) {
        this(path, operations, policies, defaultPageSize, maxPageSize, 0, 0);
    }

    /** Whether the list operation serves cursor pages rather than numbered ones. */
    public boolean keysetPaging() {
        return paging == Paging.KEYSET;
    }

    /** Whether the list takes a sort or filters beyond the id order, and so a generated list query. */
    public boolean queryable() {
        return publishes(Operation.LIST) && (!sortable.isEmpty() || !filterable.isEmpty());
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
