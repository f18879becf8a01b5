package dev.stratum.processor.rules;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An {@code @Expand} shows no caller more than the related entity's own endpoints would: every caller that an
 * operation showing the expanding entity's rows admits must also be admitted by one of the related entity's read
 * policies. Callers are what the policies tell apart: anonymous, authenticated, and one kind per role (a role such
 * as {@code ADMIN} is a role like any other, it grants nothing it is not named for). A related entity that publishes
 * no read has no policy to compare with: its summary is the only view of it, declared on purpose with
 * {@code @Summary}.
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
                List<String> unadmitted = unadmitted(policy, expansion.targetReads());
                if (!unadmitted.isEmpty()) {
                    report(entity, exposure, expansion, policy, unadmitted);
                    break;
                }
            }
        }
    }

    /** The policies of the published operations whose responses show the summaries, each once, in declaration order. */
    private static List<AccessPolicy> showingPolicies(ExposureModel exposure) {
        return SHOWING.stream().filter(exposure::publishes).map(exposure::policy).flatMap(Optional::stream)
                .distinct().sorted(Comparator.comparingInt(AccessPolicy::index)).toList();
    }

    /** The callers {@code policy} admits that none of the related entity's read policies admits, for the message. */
    private static List<String> unadmitted(AccessPolicy policy, List<AccessPolicy> reads) {
        boolean admitsAnyone = reads.stream().anyMatch(read -> read.access() == AccessLevel.PUBLIC);
        boolean admitsAnyCaller = admitsAnyone
                || reads.stream().anyMatch(read -> read.access() == AccessLevel.AUTHENTICATED);
        return switch (policy.access()) {
            case PUBLIC -> admitsAnyone ? List.of() : List.of("anonymous callers");
            case AUTHENTICATED -> admitsAnyCaller ? List.of() : List.of("authenticated callers without "
                    + (roles(reads).size() == 1 ? "role " : "one of the roles ") + String.join(", ", roles(reads)));
            case ROLES -> admitsAnyCaller ? List.of() : policy.roles().stream()
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
        List<AccessPolicy> reads = expansion.targetReads();
        boolean admitsAnyCaller = reads.stream().anyMatch(read -> read.access() != AccessLevel.ROLES);
        String restriction = admitsAnyCaller
                ? "AUTHENTICATED or roles" : "roles among " + String.join(", ", roles(reads));
        List<Operation> operations = policy.operations().stream()
                .filter(operation -> SHOWING.contains(operation) && exposure.publishes(operation)).toList();
        String readPolicies = reads.stream().map(read -> describe(read, read.operations().stream()
                .filter(operation -> operation == Operation.READ || operation == Operation.LIST).toList()))
                .collect(Collectors.joining(" and its "));
        Location at = Location.field(entity.qualifiedName(), expansion.field()).annotation(EXPAND);
        report.error(Code.INVALID_EXPAND, at, at.describe() + " would show " + target + "'s summary to "
                + String.join(" and ", unadmitted) + ", since " + entity.simpleName() + "'s "
                + describe(policy, operations) + " but " + target + "'s " + readPolicies + "; restrict "
                + entity.simpleName() + "'s " + names(operations) + " to " + restriction + ", widen " + target
                + "'s reads, or remove @Expand");
    }

    /** {@code READ, LIST policy is PUBLIC} or {@code READ policy is roles VET, ADMIN}. */
    private static String describe(AccessPolicy policy, List<Operation> operations) {
        String who = policy.access() == AccessLevel.ROLES
                ? (policy.roles().size() == 1 ? "role " : "roles ") + String.join(", ", policy.roles())
                : policy.access().name();
        return names(operations) + " policy is " + who;
    }

    private static String names(List<Operation> operations) {
        return operations.stream().map(Operation::name).collect(Collectors.joining(", "));
    }
}
