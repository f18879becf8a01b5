package dev.stratum.processor.rules;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Stamp;
import dev.stratum.processor.model.ValueKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for fields the repository fills: one owner field, a {@code String}, on an entity no anonymous caller can
 * reach; audit fields of the type their value has, each at most once.
 */
final class StampRules {

    private static final String ALLOW = "dev.stratum.annotations.Allow";
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Map<Stamp, String> MARKERS = Map.of(
            Stamp.OWNER, "dev.stratum.annotations.OwnedBy",
            Stamp.CREATED_AT, "dev.stratum.annotations.CreatedAt",
            Stamp.UPDATED_AT, "dev.stratum.annotations.UpdatedAt",
            Stamp.CREATED_BY, "dev.stratum.annotations.CreatedBy",
            Stamp.UPDATED_BY, "dev.stratum.annotations.UpdatedBy");

    private final Report report;

    StampRules(Report report) {
        this.report = report;
    }

    void check(EntityModel entity) {
        Map<Stamp, PropertyModel> seen = new EnumMap<>(Stamp.class);
        for (PropertyModel field : entity.stampedFields()) {
            Stamp stamp = field.stamp();
            Location at = Location.field(entity.qualifiedName(), field.javaField()).annotation(MARKERS.get(stamp));
            Code code = stamp == Stamp.OWNER ? Code.INVALID_OWNER_SCOPE : Code.INVALID_AUDIT_FIELD;
            PropertyModel first = seen.putIfAbsent(stamp, field);
            if (first != null) {
                report.error(code, at, entity.simpleName() + "." + field.name() + " and " + first.name() + " are both"
                        + " marked @" + marker(stamp) + "; keep the marker on one field");
            }
            ValueKind wanted = stamp.fromClock() ? ValueKind.INSTANT : ValueKind.STRING;
            if (field.type().kind() != wanted) {
                report.error(code, at, entity.simpleName() + "." + field.name() + " is marked @" + marker(stamp)
                        + " but is not " + (stamp.fromClock() ? "an Instant" : "a String")
                        + (stamp.fromClock() ? "; the repository stores the clock's time there, change its type"
                                : "; the repository stores the caller's name there, change its type"));
            }
        }
        entity.owner().ifPresent(owner -> checkOwnerScope(entity, owner));
    }

    private void checkOwnerScope(EntityModel entity, PropertyModel owner) {
        Location ownedBy = Location.field(entity.qualifiedName(), owner.javaField()).annotation(MARKERS.get(Stamp.OWNER));
        for (String role : entity.bypassRoles()) {
            if (!ROLE.matcher(role).matches() || role.startsWith("ROLE_")) {
                report.error(Code.INVALID_OWNER_SCOPE, ownedBy.attribute("bypassRoles"), "bypass role \"" + role
                        + "\" of " + entity.simpleName() + " must be upper-case letters, digits and '_', without the"
                        + " ROLE_ prefix (e.g. \"ADMIN\")");
            }
        }
        entity.exposure().ifPresent(exposure -> {
            for (AccessPolicy policy : exposure.policies()) {
                if (policy.access() == AccessLevel.PUBLIC) {
                    report.error(Code.PUBLIC_OWNER_SCOPED_OPERATION,
                            Location.entity(entity.qualifiedName()).annotation(ALLOW, policy.index()).attribute("access"),
                            policy.operations() + " of " + entity.simpleName() + " is public, but its rows belong to"
                                    + " the caller (@OwnedBy on " + owner.name() + "); use access = AUTHENTICATED or"
                                    + " ROLES");
                }
            }
        });
    }

    private static String marker(Stamp stamp) {
        String name = MARKERS.get(stamp);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
