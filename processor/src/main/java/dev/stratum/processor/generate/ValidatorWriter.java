package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.DefaultMessages;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetValidator}: the entity's constraints as plain code over its create and update requests, with one
 * private check method per constrained field so both requests share the checks.
 */
public final class ValidatorWriter implements EntityWriter {

    private static final ClassName CHECKS = ClassName.get("dev.stratum.runtime.validation", "Checks");
    private static final ClassName VIOLATION = ClassName.get("dev.stratum.runtime.validation", "Violation");
    private static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);
    private static final String CLOCK = "clock";
    private static final String SINK = "violations";
    /** The {@link Pattern} flags a constraint may carry, in bit order, for readable constants. */
    private static final List<String> PATTERN_FLAGS = List.of("UNIX_LINES", "CASE_INSENSITIVE", "COMMENTS",
            "MULTILINE", "LITERAL", "DOTALL", "UNICODE_CASE", "CANON_EQ", "UNICODE_CHARACTER_CLASS");

    @Override
    public JavaFile write(EntityModel entity) {
        var constantNames = new HashSet<String>();
        List<FieldChecks> fields = new ArrayList<>();
        for (PropertyModel property : entity.requestFields()) {
            var checks = new FieldChecks(property, constantNames);
            if (!checks.isEmpty()) {
                fields.add(checks);
            }
        }
        var validator = TypeSpec.classBuilder(TypeNames.validator(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Sources.mark(validator, entity,
                "Checks create and update requests against the entity's declared constraints, without reflection.");
        fields.forEach(field -> validator.addFields(field.constants));
        if (needsClock(entity)) {
            addClock(validator);
        }
        validator.addMethod(validate(entity, "Create", fields)).addMethod(validate(entity, "Update", fields));
        fields.forEach(field -> validator.addMethod(field.method()));
        return Sources.file(entity, validator.build());
    }

    /** Whether the validator checks time constraints, so its constructor takes the application's clock. */
    public static boolean needsClock(EntityModel entity) {
        return entity.requestFields().stream()
                .flatMap(field -> field.constraints().stream())
                .anyMatch(Constraint.Temporal.class::isInstance);
    }

    private static void addClock(TypeSpec.Builder validator) {
        validator.addField(Clock.class, CLOCK, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Clock.class, CLOCK)
                        .addStatement("this.$N = $N", CLOCK, CLOCK)
                        .build());
    }

    /** {@code validateCreate(PetCreateRequest)}: each field's checks, in declaration order. */
    private static MethodSpec validate(EntityModel entity, String operation, List<FieldChecks> fields) {
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
        for (FieldChecks field : fields) {
            method.addStatement("$N(request.$N(), $N)", field.methodName, field.property.name(), SINK);
        }
        return method.addStatement("return $N", SINK).build();
    }

    /** The checks of one request field: the constants they need and the body of its check method. */
    private static final class FieldChecks {

        private final PropertyModel property;
        /** The constant names already taken in the class, shared by all fields. */
        private final Set<String> constantNames;
        private final String methodName;
        /** The parameter holding the value; the field's own name unless that would hide the clock or the sink. */
        private final String value;
        private final List<FieldSpec> constants = new ArrayList<>();
        private final CodeBlock.Builder body = CodeBlock.builder();

        FieldChecks(PropertyModel property, Set<String> constantNames) {
            this.property = property;
            this.constantNames = constantNames;
            this.methodName = "check" + Naming.capitalize(property.name());
            this.value = Set.of(CLOCK, SINK).contains(property.name()) ? "value" : property.name();
            // The request carries a primitive as its wrapper, so a missing value must be reported, not unboxed.
            if (property.type().primitive() && property.constraint(Constraint.NotNull.class).isEmpty()) {
                add(CodeBlock.of("$N == null", value), "NotNull", DefaultMessages.notNull());
            }
            for (Constraint constraint : property.constraints()) {
                add(violated(constraint), constraint.name(), constraint.message());
            }
            int length = property.column().length();
            if (property.type().kind() == ValueKind.STRING && length > 0 && !capped(length)) {
                add(fails("size", CodeBlock.of("0, $L", length)), "Size", DefaultMessages.size(0, length));
            }
            int scale = property.column().scale();
            int integer = property.column().precision() - scale;
            if (property.type().kind() == ValueKind.BIG_DECIMAL && property.column().precision() > 0
                    && !fitsColumn(integer, scale)) {
                add(fails("digits", CodeBlock.of("$L, $L", integer, scale)), "Digits",
                        DefaultMessages.digits(integer, scale));
            }
        }

        boolean isEmpty() {
            return body.isEmpty();
        }

        MethodSpec method() {
            return MethodSpec.methodBuilder(methodName)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(TypeNames.boxed(property.type()), value)
                    .addParameter(VIOLATIONS, SINK)
                    .addCode(body.build())
                    .build();
        }

        /** Whether a declared {@code @Digits} already keeps the value within the column's precision and scale. */
        private boolean fitsColumn(int integer, int scale) {
            return property.constraints().stream().anyMatch(constraint -> constraint instanceof Constraint.Digits digits
                    && digits.integer() <= integer && digits.fraction() <= scale);
        }

        /** Whether a declared {@code @Size} already keeps the value within the column. */
        private boolean capped(int length) {
            return property.constraints().stream()
                    .anyMatch(constraint -> constraint instanceof Constraint.Size size && size.max() <= length);
        }

        private void add(CodeBlock violated, String constraint, String message) {
            body.beginControlFlow("if ($L)", violated)
                    .addStatement("$N.add(new $T($S,$W$S,$W$S))", SINK, VIOLATION, "/" + property.name(), message,
                            constraint)
                    .endControlFlow();
        }

        /** The condition under which the value breaks the constraint. */
        private CodeBlock violated(Constraint constraint) {
            if (constraint instanceof Constraint.NotNull) {
                return CodeBlock.of("$N == null", value);
            }
            if (constraint instanceof Constraint.NotBlank) {
                return fails("notBlank");
            }
            if (constraint instanceof Constraint.NotEmpty) {
                return fails("notEmpty");
            }
            if (constraint instanceof Constraint.Size size) {
                return fails("size", CodeBlock.of("$L, $L", size.min(), size.max()));
            }
            if (constraint instanceof Constraint.Min min) {
                return fails("min", longLiteral(min.value()));
            }
            if (constraint instanceof Constraint.Max max) {
                return fails("max", longLiteral(max.value()));
            }
            if (constraint instanceof Constraint.DecimalMin min) {
                return fails("decimalMin", CodeBlock.of("$N, $L", decimal("MIN", min.value()), min.inclusive()));
            }
            if (constraint instanceof Constraint.DecimalMax max) {
                return fails("decimalMax", CodeBlock.of("$N, $L", decimal("MAX", max.value()), max.inclusive()));
            }
            if (constraint instanceof Constraint.Sign sign) {
                return fails(Naming.decapitalize(sign.kind().annotationName()));
            }
            if (constraint instanceof Constraint.Digits digits) {
                return fails("digits", CodeBlock.of("$L, $L", digits.integer(), digits.fraction()));
            }
            if (constraint instanceof Constraint.Email email) {
                return email.regexp().equals(".*") && email.flags() == 0
                        ? fails("email")
                        : fails("email", CodeBlock.of("$N", pattern(email.regexp(), email.flags())));
            }
            if (constraint instanceof Constraint.Pattern pattern) {
                return fails("matches", CodeBlock.of("$N", pattern(pattern.regexp(), pattern.flags())));
            }
            if (constraint instanceof Constraint.Temporal temporal) {
                return fails(Naming.decapitalize(temporal.kind().annotationName()), CodeBlock.of("$N", CLOCK));
            }
            var assertion = (Constraint.Assert) constraint;
            // A null Boolean satisfies both @AssertTrue and @AssertFalse; only the opposite value breaks them.
            return CodeBlock.of("$T.$L.equals($N)", Boolean.class, assertion.expected() ? "FALSE" : "TRUE", value);
        }

        /** {@code !Checks.check(value, arguments...)}. */
        private CodeBlock fails(String check, CodeBlock... arguments) {
            var all = new ArrayList<CodeBlock>();
            all.add(CodeBlock.of("$N", value));
            all.addAll(List.of(arguments));
            return CodeBlock.of("!$T.$L($L)", CHECKS, check, CodeBlock.join(all, ", "));
        }

        /** A {@code BigDecimal} bound as a named constant, so it is parsed once. */
        private String decimal(String suffix, String text) {
            return constant(suffix, BigDecimal.class, CodeBlock.of("new $T($S)", BigDecimal.class, text));
        }

        /** A compiled {@link Pattern} as a named constant, so it is compiled once. */
        private String pattern(String regexp, int flags) {
            CodeBlock compile = flags == 0
                    ? CodeBlock.of("$T.compile($S)", Pattern.class, regexp)
                    : CodeBlock.of("$T.compile($S,$W$L)", Pattern.class, regexp, flagExpression(flags));
            return constant("PATTERN", Pattern.class, compile);
        }

        private String constant(String suffix, Class<?> type, CodeBlock initializer) {
            String base = Naming.snakeCase(property.name()).toUpperCase(Locale.ROOT) + "_" + suffix;
            String name = base;
            for (int n = 2; !constantNames.add(name); n++) {
                name = base + "_" + n;
            }
            constants.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(initializer)
                    .build());
            return name;
        }
    }

    /** {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} for the bit mask. */
    private static CodeBlock flagExpression(int flags) {
        var names = new ArrayList<CodeBlock>();
        for (int bit = 0; bit < PATTERN_FLAGS.size(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                names.add(CodeBlock.of("$T.$L", Pattern.class, PATTERN_FLAGS.get(bit)));
            }
        }
        if (flags >>> PATTERN_FLAGS.size() != 0) {
            throw new IllegalArgumentException("unknown java.util.regex.Pattern flags in " + flags);
        }
        return CodeBlock.join(names, " | ");
    }

    /** A {@code long} bound as source: an {@code int} literal widens, anything larger needs its suffix. */
    private static CodeBlock longLiteral(long value) {
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        return CodeBlock.of(fitsInt ? "$L" : "$LL", value);
    }
}
