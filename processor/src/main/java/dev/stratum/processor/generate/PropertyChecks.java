package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The checks of one property, shared by every validator writer: the constants they need and a private check method
 * {@code checkName(value, violations)} that adds one violation per broken constraint, in declaration order.
 */
final class PropertyChecks {

    static final ClassName CHECKS = ClassName.get("dev.stratum.runtime.validation", "Checks");
    static final ClassName VIOLATION = ClassName.get("dev.stratum.runtime.validation", "Violation");
    static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);
    static final String CLOCK = "clock";
    static final String SINK = "violations";
    /** The {@link Pattern} flags a constraint may carry, in bit order, for readable constants. */
    private static final List<String> PATTERN_FLAGS = List.of("UNIX_LINES", "CASE_INSENSITIVE", "COMMENTS",
            "MULTILINE", "LITERAL", "DOTALL", "UNICODE_CASE", "CANON_EQ", "UNICODE_CHARACTER_CLASS");

    private final String name;
    private final TypeName type;
    /** Never echoed: its violations leave the rejected value out. */
    private final boolean sensitive;
    /** The constant names already taken in the class, shared by all properties. */
    private final Set<String> constantNames;
    private final String methodName;
    /** The parameter holding the value; the property's own name unless that would hide the clock or the sink. */
    private final String value;
    private final List<FieldSpec> constants = new ArrayList<>();
    private final CodeBlock.Builder body = CodeBlock.builder();

    PropertyChecks(String name, ValueType type, boolean sensitive, Set<String> constantNames) {
        this(name, TypeNames.boxed(type), sensitive, constantNames);
    }

    PropertyChecks(String name, TypeName type, boolean sensitive, Set<String> constantNames) {
        this.name = name;
        this.type = type;
        this.sensitive = sensitive;
        this.constantNames = constantNames;
        this.methodName = "check" + Naming.capitalize(name);
        this.value = Set.of(CLOCK, SINK).contains(name) ? "value" : name;
    }

    String methodName() {
        return methodName;
    }

    List<FieldSpec> constants() {
        return constants;
    }

    boolean isEmpty() {
        return body.isEmpty();
    }

    MethodSpec method() {
        return MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(type, value)
                .addParameter(VIOLATIONS, SINK)
                .addCode(body.build())
                .build();
    }

    /** Adds a check for each declared constraint. */
    void addAll(List<Constraint> constraints) {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Constraint.NotNull) {
                addMissing(constraint.message());
            } else {
                add(violated(constraint), constraint.name(), constraint.message());
            }
        }
    }

    /** Adds the nested object's own violations, their pointers under this property's. */
    void addNested(ClassName validator, boolean withClock) {
        CodeBlock create = withClock ? CodeBlock.of("new $T($N)", validator, CLOCK) : CodeBlock.of("new $T()", validator);
        body.beginControlFlow("if ($N != null)", value)
                .beginControlFlow("for ($T nested : $L.validate($N))", VIOLATION, create, value)
                .addStatement("$N.add(nested.under($S))", SINK, "/" + name)
                .endControlFlow()
                .endControlFlow();
    }

    /** Adds the {@code @NotNull} check: a missing value has no value to carry. */
    void addMissing(String message) {
        body.beginControlFlow("if ($N == null)", value)
                .addStatement("$N.add(new $T($S,$W$S,$W$S))", SINK, VIOLATION, "/" + name, message, "NotNull")
                .endControlFlow();
    }

    /** Adds {@code if (violated) violations.add(...)} for the constraint and message, with the value unless sensitive. */
    void add(CodeBlock violated, String constraint, String message) {
        body.beginControlFlow("if ($L)", violated);
        if (sensitive) {
            body.addStatement("$N.add(new $T($S,$W$S,$W$S))", SINK, VIOLATION, "/" + name, message, constraint);
        } else {
            body.addStatement("$N.add(new $T($S,$W$S,$W$S,$W$N))", SINK, VIOLATION, "/" + name, message, constraint,
                    value);
        }
        body.endControlFlow();
    }

    /** {@code !Checks.check(value, arguments...)}. */
    CodeBlock fails(String check, CodeBlock... arguments) {
        var all = new ArrayList<CodeBlock>();
        all.add(CodeBlock.of("$N", value));
        all.addAll(List.of(arguments));
        return CodeBlock.of("!$T.$L($L)", CHECKS, check, CodeBlock.join(all, ", "));
    }

    /** The condition under which the value breaks the constraint. */
    private CodeBlock violated(Constraint constraint) {
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

    private String constant(String suffix, Class<?> constantType, CodeBlock initializer) {
        String base = Naming.snakeCase(name).toUpperCase(Locale.ROOT) + "_" + suffix;
        String constantName = base;
        for (int n = 2; !constantNames.add(constantName); n++) {
            constantName = base + "_" + n;
        }
        constants.add(FieldSpec.builder(constantType, constantName, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        return constantName;
    }

    /** {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} for the bit mask. */
    static CodeBlock flagExpression(int flags) {
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
