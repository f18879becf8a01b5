package dev.stratum.processor.generate;

import static dev.stratum.processor.generate.PropertyChecks.CLOCK;
import static dev.stratum.processor.generate.PropertyChecks.SINK;
import static dev.stratum.processor.generate.PropertyChecks.VIOLATIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.DefaultMessages;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetValidator}: the entity's constraints as plain code over its create and update requests, with one
 * private check method per constrained field so both requests share the checks.
 */
public final class ValidatorWriter implements EntityWriter {

    @Override
    public JavaFile write(EntityModel entity) {
        var constantNames = new HashSet<String>();
        List<Checked> fields = new ArrayList<>();
        for (PropertyModel property : entity.requestFields()) {
            var propertyChecks = new PropertyChecks(property.name(), property.type(), property.sensitive(), constantNames);
            if (property.constraints().stream().anyMatch(constraint -> !constraint.defaultOnly())) {
                // Only a property with a constraint of a named group checks groups: create and update differ there.
                propertyChecks.grouped();
            }
            var checks = checks(property, propertyChecks);
            if (!checks.isEmpty()) {
                fields.add(new Checked(property.name(), checks));
            }
        }
        for (EmbeddedModel embedded : entity.embedded()) {
            // Checked like a @Valid property: its own constraints, then the embeddable's validator under its name.
            var checks = new PropertyChecks(embedded.name(), TypeNames.embeddable(embedded), false, constantNames)
                    .grouped();
            checks.addAll(embedded.constraints());
            if (embedded.validated()) {
                checks.addNested(ClassName.get(embedded.packageName(), embedded.validatorName()),
                        embedded.needsClock());
            }
            if (!checks.isEmpty()) {
                fields.add(new Checked(embedded.name(), checks));
            }
        }
        var validator = TypeSpec.classBuilder(TypeNames.validator(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Sources.mark(validator, entity,
                "Checks create and update requests against the entity's declared constraints, without reflection.");
        fields.forEach(field -> validator.addFields(field.checks().constants()));
        if (entity.needsClock()) {
            addClock(validator);
        }
        validator.addMethod(validate(entity, "Create", fields)).addMethod(validate(entity, "Update", fields));
        fields.forEach(field -> validator.addMethod(field.checks().method()));
        fields.forEach(field -> validator.addTypes(field.checks().types()));
        return Sources.file(entity, validator.build());
    }

    /** Adds the clock field and the constructor that takes it. */
    static void addClock(TypeSpec.Builder validator) {
        validator.addField(Clock.class, CLOCK, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Clock.class, CLOCK)
                        .addStatement("this.$N = $N", CLOCK, CLOCK)
                        .build());
    }

    /**
     * The field's checks: presence of a primitive, the declared constraints, then what its column can hold when no
     * declared constraint already guarantees it.
     */
    private static PropertyChecks checks(PropertyModel property, PropertyChecks checks) {
        // The request carries a primitive as its wrapper, so a missing value must be reported, not unboxed.
        if (property.type().primitive() && property.constraint(Constraint.NotNull.class).isEmpty()) {
            checks.addMissing(DefaultMessages.notNull());
        }
        checks.addAll(property.constraints());
        int length = property.column().length();
        if (property.type().kind() == ValueKind.STRING && length > 0 && !capped(property, length)) {
            checks.add(checks.fails("size", CodeBlock.of("0, $L", length)), "Size", DefaultMessages.size(0, length));
        }
        int scale = property.column().scale();
        int integer = property.column().precision() - scale;
        boolean decimal = property.type().kind() == ValueKind.BIG_DECIMAL
                || property.type().kind() == ValueKind.BIG_INTEGER;
        if (decimal && property.column().precision() > 0
                && !fitsColumn(property, integer, scale)) {
            checks.add(checks.fails("digits", CodeBlock.of("$L, $L", integer, scale)), "Digits",
                    DefaultMessages.digits(integer, scale));
        }
        return checks;
    }

    /**
     * {@code validateCreate(PetCreateRequest)}: each field's checks, in declaration order; a create checks the
     * default and {@code Create} groups, an update the default and {@code Update} groups.
     */
    private static MethodSpec validate(EntityModel entity, String operation, List<Checked> fields) {
        var request = operation.equals("Create") ? TypeNames.createRequest(entity) : TypeNames.updateRequest(entity);
        var method = MethodSpec.methodBuilder("validate" + operation)
                .addJavadoc("The constraints the $L request breaks, in field order; empty when it is valid.\n",
                        operation.toLowerCase(Locale.ROOT))
                .addModifiers(Modifier.PUBLIC)
                .returns(VIOLATIONS)
                .addParameter(request, "request");
        if (fields.isEmpty()) {
            return method.addStatement("return $T.of()", List.class).build();
        }
        method.addStatement("$T $N = new $T<>()", VIOLATIONS, SINK, ArrayList.class);
        for (Checked field : fields) {
            if (field.checks().isGrouped()) {
                method.addStatement("$N(request.$N(), $T.$L, $N)", field.checks().methodName(), field.name(),
                        PropertyChecks.GROUPS_TYPE, operation.toUpperCase(Locale.ROOT), SINK);
            } else {
                method.addStatement("$N(request.$N(), $N)", field.checks().methodName(), field.name(), SINK);
            }
        }
        return method.addStatement("return $N", SINK).build();
    }

    /** Whether a declared {@code @Digits} already keeps the value within the column's precision and scale. */
    private static boolean fitsColumn(PropertyModel property, int integer, int scale) {
        return property.constraints().stream().anyMatch(constraint -> constraint instanceof Constraint.Digits digits
                && digits.integer() <= integer
                && (digits.fraction() <= scale || property.type().kind() == ValueKind.BIG_INTEGER));
    }

    /** Whether a declared {@code @Size} already keeps the value within the column. */
    private static boolean capped(PropertyModel property, int length) {
        return property.constraints().stream()
                .anyMatch(constraint -> constraint instanceof Constraint.Size size && size.max() <= length);
    }

    /** A request field (a plain or an embedded one) and its checks. */
    private record Checked(String name, PropertyChecks checks) {
    }
}
