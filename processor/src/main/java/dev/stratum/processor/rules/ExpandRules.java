package dev.stratum.processor.rules;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointResult;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An {@code @Expand} shows no caller more than the related entity's own endpoints would: every caller that an
 * operation showing the expanding entity's rows admits must also be admitted by one of the related entity's read
 * policies. Callers are what the policies tell apart: anonymous, authenticated, and one kind per role (a role such
 * as {@code ADMIN} is a role like any other, it grants nothing it is not named for). A related entity that publishes
 * no read has no policy to compare with: its summary is the only view of it, declared on purpose with
 * {@code @Summary}. A hand-written endpoint that answers with the expanding entity's response shows the summaries too,
 * so its {@code @Permit} is compared in the same way.
 */
final class ExpandRules {

    private static final String EXPAND = "dev.stratum.annotations.Expand";
    /** The operations whose responses show the expanded summaries: reads, and writes that answer with the row. */
    private static final List<Operation> SHOWING = List.of(
            Operation.CREATE, Operation.READ, Operation.UPDATE, Operation.LIST);

    private final Report report;

    ExpandRules(Report report) {
        this.report = report;
    }

    void check(EntityModel entity, ExposureModel exposure) {
        for (Expansion expansion : entity.expansions()) {
            if (expansion.targetReads().isEmpty()) {
                continue;
            }
            for (AccessPolicy policy : showingPolicies(exposure)) {
                List<String> unadmitted = unadmitted(policy.access(), policy.roles(), expansion.targetReads());
                if (!unadmitted.isEmpty()) {
                    report(entity, exposure, expansion, policy, unadmitted);
                    break;
                }
            }
        }
    }

    /**
     * Checks the operations of {@code endpoints} that answer with an entity's generated response (one, a list or an
     * optional one): whoever an operation's {@code @Permit} admits sees every summary that response expands.
     */
    void check(EndpointsModel endpoints, List<EntityModel> entities) {
        Map<String, EntityModel> byResponse = entities.stream()
                .collect(Collectors.toMap(ExpandRules::responseName, Function.identity(), (first, second) -> first));
        for (EndpointModel endpoint : endpoints.endpoints()) {
            EntityModel entity = endpoint.result().shape() == EndpointResult.Shape.NONE ? null
                    : byResponse.get(endpoint.result().qualifiedName());
            if (entity == null) {
                continue;
            }
            for (Expansion expansion : entity.expansions()) {
                List<String> unadmitted = expansion.targetReads().isEmpty() ? List.of()
                        : unadmitted(endpoint.access(), endpoint.roles(), expansion.targetReads());
                if (!unadmitted.isEmpty()) {
                    report(endpoints, endpoint, entity, expansion, unadmitted);
                }
            }
        }
    }

    /** The qualified name of the response record generated for {@code entity}, which endpoints may return. */
    private static String responseName(EntityModel entity) {
        return entity.qualifiedName() + "Response";
    }

    /** The policies of the published operations whose responses show the summaries, each once, in declaration order. */
    private static List<AccessPolicy> showingPolicies(ExposureModel exposure) {
        return SHOWING.stream().filter(exposure::publishes).map(exposure::policy).flatMap(Optional::stream)
                .distinct().sorted(Comparator.comparingInt(AccessPolicy::index)).toList();
    }

    /** The callers a policy of {@code access} and {@code roles} admits that none of the related entity's reads admits. */
    private static List<String> unadmitted(AccessLevel access, List<String> roles, List<AccessPolicy> reads) {
        boolean admitsAnyone = reads.stream().anyMatch(read -> read.access() == AccessLevel.PUBLIC);
        boolean admitsAnyCaller = admitsAnyone
                || reads.stream().anyMatch(read -> read.access() == AccessLevel.AUTHENTICATED);
        return switch (access) {
            case PUBLIC -> admitsAnyone ? List.of() : List.of("anonymous callers");
            case AUTHENTICATED -> admitsAnyCaller ? List.of() : List.of("authenticated callers without "
                    + (roles(reads).size() == 1 ? "role " : "one of the roles ") + String.join(", ", roles(reads)));
            case ROLES -> admitsAnyCaller ? List.of() : roles.stream()
                    .filter(role -> !roles(reads).contains(role))
                    .map(role -> "callers with role " + role)
                    .toList();
        };
    }

    private static List<String> roles(List<AccessPolicy> reads) {
        return reads.stream().filter(read -> read.access() == AccessLevel.ROLES)
                .flatMap(read -> read.roles().stream()).distinct().toList();
    }

    private void report(EntityModel entity, ExposureModel exposure, Expansion expansion, AccessPolicy policy,
            List<String> unadmitted) {
        String target = expansion.target().simpleName();
        List<Operation> operations = policy.operations().stream()
                .filter(operation -> SHOWING.contains(operation) && exposure.publishes(operation)).toList();
        Location at = Location.field(entity.qualifiedName(), expansion.field()).annotation(EXPAND);
        report.error(Code.INVALID_EXPAND, at, at.describe() + " would show " + target + "'s summary to "
                + String.join(" and ", unadmitted) + ", since " + entity.simpleName() + "'s "
                + names(operations) + " policy is " + who(policy.access(), policy.roles()) + " but " + target + "'s "
                + readPolicies(expansion) + "; restrict " + entity.simpleName() + "'s " + names(operations) + " to "
                + restriction(expansion) + ", widen " + target + "'s reads, or remove @Expand");
    }

    private void report(EndpointsModel endpoints, EndpointModel endpoint, EntityModel entity, Expansion expansion,
            List<String> unadmitted) {
        String target = expansion.target().simpleName();
        String operation = endpoints.simpleName() + "." + endpoint.name();
        report.error(Code.INVALID_EXPAND, Location.field(endpoints.qualifiedName(), endpoint.name()), operation
                + " answers with " + endpoint.result().simpleName() + ", which would show " + target + "'s summary ("
                + entity.simpleName() + "." + expansion.field() + " is @Expand) to " + String.join(" and ", unadmitted)
                + ", since its @Permit is " + who(endpoint.access(), endpoint.roles()) + " but " + target + "'s "
                + readPolicies(expansion) + "; restrict " + operation + "'s @Permit to " + restriction(expansion)
                + ", widen " + target + "'s reads, or answer with a record of your own");
    }

    /** {@code READ, LIST policy is AUTHENTICATED and its ...}: the related entity's read policies. */
    private static String readPolicies(Expansion expansion) {
        return expansion.targetReads().stream().map(read -> names(read.operations().stream()
                        .filter(operation -> operation == Operation.READ || operation == Operation.LIST).toList())
                        + " policy is " + who(read.access(), read.roles()))
                .collect(Collectors.joining(" and its "));
    }

    /** The widest policy the related entity's reads admit in full, for the fix. */
    private static String restriction(Expansion expansion) {
        List<AccessPolicy> reads = expansion.targetReads();
        boolean admitsAnyCaller = reads.stream().anyMatch(read -> read.access() != AccessLevel.ROLES);
        return admitsAnyCaller ? "AUTHENTICATED or roles" : "roles among " + String.join(", ", roles(reads));
    }

    /** {@code PUBLIC}, {@code role VET} or {@code roles VET, ADMIN}. */
    private static String who(AccessLevel access, List<String> roles) {
        return access == AccessLevel.ROLES
                ? (roles.size() == 1 ? "role " : "roles ") + String.join(", ", roles)
                : access.name();
    }

    private static String names(List<Operation> operations) {
        return operations.stream().map(Operation::name).collect(Collectors.joining(", "));
    }
}
