package dev.stratum.processor.generate;

import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Constraint.SignKind;
import dev.stratum.processor.model.Constraint.TemporalKind;
import dev.stratum.processor.model.DefaultMessages;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Hand-built entity models for the validator tests, as the scanner would produce them. */
final class ValidatorModels {

    private static final String PACKAGE = "com.example.clinic";
    private static final ValueType STRING = ValueType.of(ValueKind.STRING, false);
    private static final ValueType DATE = ValueType.of(ValueKind.LOCAL_DATE, false);

    private ValidatorModels() {
    }

    /** Every constraint Stratum supports, plus the implicit checks: primitives, column lengths. */
    static EntityModel pet() {
        return entity("Pet",
                field("name", STRING, 40, new Constraint.NotBlank("a pet needs a name"), size(0, 40)),
                field("nickname", STRING, 30, size(2, Integer.MAX_VALUE)),
                field("code", STRING, 20, new Constraint.NotEmpty(DefaultMessages.notEmpty()),
                        pattern("[A-Z]{3}-\\d+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), pattern("\\S+", 0)),
                field("email", STRING, 254, new Constraint.Email(".*", 0, DefaultMessages.email())),
                field("vetEmail", STRING, 254,
                        new Constraint.Email(".+@clinic\\.example", Pattern.CASE_INSENSITIVE, DefaultMessages.email()),
                        size(0, 254)),
                field("age", ValueType.of(ValueKind.INT, true), 0,
                        new Constraint.Min(0, DefaultMessages.min(0)), new Constraint.Max(40, DefaultMessages.max(40))),
                field("legs", ValueType.of(ValueKind.INT, false), 0, sign(SignKind.POSITIVE), digits(1, 0)),
                field("chipNumber", ValueType.of(ValueKind.LONG, false), 0, sign(SignKind.POSITIVE_OR_ZERO),
                        new Constraint.Max(999_999_999_999_999L, DefaultMessages.max(999_999_999_999_999L))),
                field("weight", ValueType.of(ValueKind.BIG_DECIMAL, false), 0, notNull(),
                        new Constraint.DecimalMin("0.05", true, DefaultMessages.decimalMin("0.05", true)),
                        new Constraint.DecimalMax("150.0", false, DefaultMessages.decimalMax("150.0", false)),
                        digits(3, 2)),
                field("debt", ValueType.of(ValueKind.BIG_DECIMAL, false), 0, sign(SignKind.NEGATIVE_OR_ZERO),
                        new Constraint.Min(-10_000, DefaultMessages.min(-10_000))),
                field("offset", ValueType.of(ValueKind.LONG, false), 0, sign(SignKind.NEGATIVE),
                        new Constraint.DecimalMin("-100.5", false, DefaultMessages.decimalMin("-100.5", false))),
                field("birthDate", DATE, 0, notNull(), temporal(TemporalKind.PAST)),
                field("lastVisit", DATE, 0, temporal(TemporalKind.PAST_OR_PRESENT)),
                field("nextVisit", ValueType.of(ValueKind.INSTANT, false), 0, temporal(TemporalKind.FUTURE)),
                field("vaccinationDue", DATE, 0, temporal(TemporalKind.FUTURE_OR_PRESENT)),
                field("neutered", ValueType.of(ValueKind.BOOLEAN, true), 0),
                field("consented", ValueType.of(ValueKind.BOOLEAN, false), 0,
                        new Constraint.Assert(true, DefaultMessages.assertTrue())),
                field("archived", ValueType.of(ValueKind.BOOLEAN, false), 0,
                        new Constraint.Assert(false, DefaultMessages.assertFalse())),
                field("species", ValueType.ofEnum(PACKAGE + ".Species", List.of("CAT", "DOG")), 64, notNull()),
                field("tag", ValueType.of(ValueKind.UUID, false), 0),
                sensitive(field("notes", STRING, 2000)),
                serverOwned(field("createdBy", STRING, 255, new Constraint.NotBlank(DefaultMessages.notBlank()))));
    }

    /** No temporal constraint, so no clock; a field named like the validator's own clock. */
    static EntityModel owner() {
        return entity("Owner",
                field("fullName", STRING, 80, size(1, 80)),
                field("email", STRING, 254, new Constraint.Email(".*", 0, DefaultMessages.email())),
                field("vip", ValueType.of(ValueKind.BOOLEAN, true), 0),
                field("tag", ValueType.of(ValueKind.UUID, false), 0),
                field("clock", ValueType.of(ValueKind.INT, false), 0, new Constraint.Min(0, DefaultMessages.min(0))));
    }

    /** Request fields that need no check at all. */
    static EntityModel unchecked() {
        return entity("Visit",
                field("tag", ValueType.of(ValueKind.UUID, false), 0),
                field("urgent", ValueType.of(ValueKind.BOOLEAN, false), 0));
    }

    /** One string field carrying the given constraint. */
    static EntityModel withConstraint(Constraint constraint) {
        return entity("Note", field("text", STRING, 100, constraint));
    }

    private static EntityModel entity(String name, PropertyModel... fields) {
        var id = property("id", ValueType.of(ValueKind.LONG, false), 0, Role.ID, List.of());
        var version = property("version", ValueType.of(ValueKind.LONG, true), 0, Role.VERSION, List.of());
        return new EntityModel(PACKAGE, name, Naming.snakeCase(name), id, IdStrategy.IDENTITY, Optional.of(version),
                List.of(fields), Optional.empty());
    }

    private static PropertyModel field(String name, ValueType type, int length, Constraint... constraints) {
        return property(name, type, length, Role.FIELD, List.of(constraints));
    }

    private static PropertyModel property(String name, ValueType type, int length, Role role,
            List<Constraint> constraints) {
        var column = new ColumnModel(Naming.snakeCase(name), !type.primitive(), length, 0, 0, false);
        String getterPrefix = type.kind() == ValueKind.BOOLEAN && type.primitive() ? "is" : "get";
        return new PropertyModel(name, column, type, getterPrefix + Naming.capitalize(name),
                "set" + Naming.capitalize(name), role, role != Role.FIELD, false, constraints);
    }

    private static PropertyModel sensitive(PropertyModel property) {
        return new PropertyModel(property.name(), property.column(), property.type(), property.getter(),
                property.setter(), property.role(), property.serverOwned(), true, property.constraints());
    }

    private static PropertyModel serverOwned(PropertyModel property) {
        return new PropertyModel(property.name(), property.column(), property.type(), property.getter(),
                property.setter(), property.role(), true, property.sensitive(), property.constraints());
    }

    private static Constraint notNull() {
        return new Constraint.NotNull(DefaultMessages.notNull());
    }

    private static Constraint size(int min, int max) {
        return new Constraint.Size(min, max, DefaultMessages.size(min, max));
    }

    private static Constraint pattern(String regexp, int flags) {
        return new Constraint.Pattern(regexp, flags, DefaultMessages.pattern(regexp));
    }

    private static Constraint sign(SignKind kind) {
        return new Constraint.Sign(kind, DefaultMessages.sign(kind));
    }

    private static Constraint digits(int integer, int fraction) {
        return new Constraint.Digits(integer, fraction, DefaultMessages.digits(integer, fraction));
    }

    private static Constraint temporal(TemporalKind kind) {
        return new Constraint.Temporal(kind, DefaultMessages.temporal(kind));
    }
}
