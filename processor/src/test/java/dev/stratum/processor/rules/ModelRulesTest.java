package dev.stratum.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Diagnostic;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on hand-built model records: no javac involved. */
class ModelRulesTest {

    static PropertyModel property(String name, ValueKind kind, int length, Constraint... constraints) {
        int precision = kind == ValueKind.BIG_DECIMAL ? 10 : 0;
        return new PropertyModel(name, new ColumnModel(name, true, length, precision, 0, false), ValueType.of(kind, false),
                "get" + name, "set" + name, Role.FIELD, false, false, List.of(constraints));
    }

    static EntityModel entity(String name, String table, Optional<ExposureModel> exposure, PropertyModel... fields) {
        PropertyModel id = new PropertyModel("id", new ColumnModel("id", false, 0, 0, 0, false),
                ValueType.of(ValueKind.LONG, false), "getId", "setId", Role.ID, true, false, List.of());
        PropertyModel version = new PropertyModel("version", new ColumnModel("version", false, 0, 0, 0, false),
                ValueType.of(ValueKind.LONG, true), "getVersion", "setVersion", Role.VERSION, true, false, List.of());
        return new EntityModel("test", name, table, id, IdStrategy.IDENTITY, Optional.of(version), List.of(fields),
                exposure);
    }

    static List<Code> codes(List<EntityModel> entities) {
        var report = new Report();
        new ModelRules(report).check(entities);
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    static ExposureModel exposure(String path, List<Operation> operations, AccessPolicy... policies) {
        return new ExposureModel(path, operations, List.of(policies), 20, 100);
    }

    @Test
    void aValidEntityPasses() {
        var exposure = exposure("/api/pets", List.of(Operation.READ, Operation.LIST),
                new AccessPolicy(0, List.of(Operation.READ, Operation.LIST), AccessLevel.PUBLIC, List.of()));
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(exposure),
                property("name", ValueKind.STRING, 40, new Constraint.NotBlank("must not be blank")))))).isEmpty();
    }

    @Test
    void aListSortsByComparableFieldsAndFiltersOnAnyButSensitiveOnes() {
        var list = new AccessPolicy(0, List.of(Operation.LIST), AccessLevel.PUBLIC, List.of());
        PropertyModel secret = new PropertyModel("secret", new ColumnModel("secret", true, 10, 0, 0, false),
                ValueType.of(ValueKind.STRING, false), "getSecret", "setSecret", Role.FIELD, false, true, List.of());
        PropertyModel[] fields = {property("name", ValueKind.STRING, 40), property("born", ValueKind.LOCAL_DATE, 0),
            property("alive", ValueKind.BOOLEAN, 0), property("tag", ValueKind.UUID, 0), secret};
        var allowed = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(list), 20, 100, 0, 0,
                Paging.KEYSET, List.of("name", "born", "id", "version"), List.of("name", "alive", "tag", "id"));
        var refused = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(list), 20, 100, 0, 0,
                Paging.KEYSET, List.of("alive", "tag", "secret", "nmae"), List.of("secret", "born", "bron"));

        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(allowed), fields)))).isEmpty();
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(refused), fields)))).containsExactly(
                Code.UNSORTABLE_FIELD, Code.UNSORTABLE_FIELD, Code.SENSITIVE_LIST_FIELD, Code.UNKNOWN_LIST_FIELD,
                Code.SENSITIVE_LIST_FIELD, Code.UNKNOWN_LIST_FIELD);
    }

    @Test
    void constraintsMustFitTheirType() {
        assertThat(codes(List.of(entity("Pet", "pets", Optional.empty(),
                property("age", ValueKind.INT, 0, new Constraint.Email(".*", 0, "m")),
                property("born", ValueKind.LOCAL_DATE, 0, new Constraint.Min(1, "m")),
                property("name", ValueKind.STRING, 10, new Constraint.Temporal(Constraint.TemporalKind.PAST, "m")),
                property("weight", ValueKind.BIG_DECIMAL, 0, new Constraint.Digits(3, 2, "m"),
                        new Constraint.NotNull("m")),
                property("alive", ValueKind.BOOLEAN, 0, new Constraint.Assert(true, "m"))))))
                .containsExactly(Code.CONSTRAINT_TYPE_MISMATCH, Code.CONSTRAINT_TYPE_MISMATCH,
                        Code.CONSTRAINT_TYPE_MISMATCH);
    }

    @Test
    void aRequestStringNeedsAMaximumLength() {
        assertThat(codes(List.of(entity("Pet", "pets", Optional.empty(), property("name", ValueKind.STRING, 0)))))
                .containsExactly(Code.UNBOUNDED_STRING);
    }

    @Test
    void everyPublishedOperationNeedsExactlyOnePolicy() {
        var exposure = exposure("/api/pets", List.of(Operation.CREATE, Operation.READ, Operation.DELETE),
                new AccessPolicy(0, List.of(Operation.READ), AccessLevel.PUBLIC, List.of()),
                new AccessPolicy(1, List.of(Operation.READ, Operation.CREATE), AccessLevel.ROLES, List.of("VET")));
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(exposure)))))
                .containsExactlyInAnyOrder(Code.CONFLICTING_ACCESS_POLICY, Code.MISSING_ACCESS_POLICY);
    }

    @Test
    void policiesMustBeMeaningful() {
        var exposure = exposure("/api/pets", List.of(Operation.READ, Operation.LIST),
                new AccessPolicy(0, List.of(Operation.READ), AccessLevel.ROLES, List.of()),
                new AccessPolicy(1, List.of(Operation.LIST), AccessLevel.PUBLIC, List.of("VET")),
                new AccessPolicy(2, List.of(Operation.DELETE), AccessLevel.ROLES, List.of("ROLE_ADMIN")));
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(exposure)))))
                .containsExactly(Code.INVALID_ACCESS_POLICY, Code.INVALID_ACCESS_POLICY, Code.INVALID_ACCESS_POLICY,
                        Code.INVALID_ACCESS_POLICY);
    }

    @Test
    void pathsAndPageSizesAreChecked() {
        var policy = new AccessPolicy(0, List.of(Operation.LIST), AccessLevel.PUBLIC, List.of());
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(exposure("/api/Pets/", List.of(Operation.LIST), policy))))))
                .containsExactly(Code.INVALID_EXPOSURE);
        var tooLarge = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(policy), 20, 5000);
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(tooLarge))))).containsExactly(Code.INVALID_EXPOSURE);
        var defaultAboveMax = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(policy), 50, 10);
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(defaultAboveMax))))).containsExactly(Code.INVALID_EXPOSURE);
    }

    @Test
    void rateLimitsArePositiveOrZero() {
        var policy = new AccessPolicy(0, List.of(Operation.LIST), AccessLevel.PUBLIC, List.of());
        var negative = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(policy), 20, 100, -1, -5);
        var own = new ExposureModel("/api/pets", List.of(Operation.LIST), List.of(policy), 20, 100, 10, 0);

        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(negative)))))
                .containsExactly(Code.INVALID_EXPOSURE, Code.INVALID_EXPOSURE);
        assertThat(codes(List.of(entity("Pet", "pets", Optional.of(own))))).isEmpty();
    }

    @Test
    void tablesAndPathsAreNotShared() {
        var policy = new AccessPolicy(0, List.of(Operation.LIST), AccessLevel.PUBLIC, List.of());
        var exposure = exposure("/api/animals", List.of(Operation.LIST), policy);
        assertThat(codes(List.of(entity("Cat", "animals", Optional.of(exposure)),
                entity("Dog", "animals", Optional.of(exposure)))))
                .containsExactly(Code.DUPLICATE_TABLE, Code.INVALID_EXPOSURE);
    }

    @Test
    void twoPropertiesCannotShareAColumn() {
        PropertyModel name = property("name", ValueKind.STRING, 10);
        PropertyModel label = new PropertyModel("label", name.column(), name.type(), "getLabel", "setLabel", Role.FIELD,
                false, false, List.of());
        assertThat(codes(List.of(entity("Pet", "pets", Optional.empty(), name, label))))
                .containsExactly(Code.DUPLICATE_COLUMN);
    }

    @Test
    void columnsMustFitTheDatabase() {
        PropertyModel wide = property("notes", ValueKind.STRING, 20_000_000);
        PropertyModel decimal = property("weight", ValueKind.BIG_DECIMAL, 0);
        PropertyModel scaleAbovePrecision = new PropertyModel("ratio", new ColumnModel("ratio", true, 0, 3, 5, false),
                decimal.type(), "getRatio", "setRatio", Role.FIELD, false, false, List.of());
        assertThat(codes(List.of(entity("Pet", "pets", Optional.empty(), wide, decimal, scaleAbovePrecision))))
                .containsExactly(Code.INVALID_COLUMN, Code.INVALID_COLUMN);
    }

    @Test
    void anEntityWithoutVersionIsRefused() {
        EntityModel pet = entity("Pet", "pets", Optional.empty());
        EntityModel unversioned = new EntityModel(pet.packageName(), pet.simpleName(), pet.table(), pet.id(),
                pet.idStrategy(), Optional.empty(), pet.fields(), pet.exposure());
        assertThat(codes(List.of(unversioned))).containsExactly(Code.MISSING_VERSION);
    }
}
