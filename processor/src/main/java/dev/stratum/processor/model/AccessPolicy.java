package dev.stratum.processor.model;

import dev.stratum.annotations.Access;
import dev.stratum.annotations.Operation;
import java.util.List;

/** Who may call one published operation. */
public record AccessPolicy(Operation operation, Access access, List<String> roles) {

    public AccessPolicy {
        roles = List.copyOf(roles);
    }
}
