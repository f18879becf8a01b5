package dev.stratum.processor.model;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import java.util.List;

/**
 * One declared {@code @Allow}: the operations it covers, who may call them, and its position among the entity's
 * {@code @Allow} annotations (so a diagnostic can point at it).
 */
public record AccessPolicy(int index, List<Operation> operations, AccessLevel access, List<String> roles) {

    public AccessPolicy {
        operations = List.copyOf(operations);
        roles = List.copyOf(roles);
    }
}
