package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.ContainerKind;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.ValidatableModel.ContainerProperty;
import dev.stratum.processor.model.ValidatableModel.Element;
import dev.stratum.processor.model.ValidatableModel.InnerContainer;
import dev.stratum.processor.model.ValueType;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The checks of one property, shared by every validator writer: the constants they need and a private check method
 * {@code checkName(value, violations)} that adds one violation per broken constraint, in declaration order. A
 * container's element constraints are checked in a loop over its elements, each violation carrying the element's
 * JSON pointer ({@code /tags/2}) and property path ({@code tags[2].<list element>}).
 */
final class PropertyChecks {

    static final ClassName CHECKS = ClassName.get("dev.stratum.runtime.validation", "Checks");
    private static final ClassName NUMBER_CHECKS = ClassName.get("dev.stratum.runtime.validation", "NumberChecks");
    private static final ClassName TIME_CHECKS = ClassName.get("dev.stratum.runtime.validation", "TimeChecks");
    private static final Set<String> NUMBER_PREDICATES = Set.of("min", "max", "decimalMin", "decimalMax", "positive",
            "positiveOrZero", "negative", "negativeOrZero", "digits");
    private static final Set<String> TIME_PREDICATES = Set.of("past", "pastOrPresent", "future", "futureOrPresent");
    static final ClassName VIOLATION = ClassName.get("dev.stratum.runtime.validation", "Violation");
    static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);
    static final String CLOCK = "clock";
    static final String SINK = "violations";
    static final ClassName GROUPS_TYPE = ClassName.get("dev.stratum.runtime.validation", "Groups");
    static final String GROUPS = "groups";
    private static final ClassName CONTEXT = ClassName.get("dev.stratum.runtime.validation", "ConstraintContext");
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
    /** Locals of the generated loops, never used as the parameter's name. */
    private static final Set<String> RESERVED = Set.of(CLOCK, SINK, GROUPS, "nested");
    /** Locals of the generated loops over elements, numbered in inner loops: never the parameter's name either. */
    private static final Pattern LOOP_LOCAL = Pattern.compile("(element|index|entry|key)\\d*");
    private static final String ELEMENT = "element";
    private static final String INDEX = "index";
    private static final String KEY = "key";
    /** The {@link Pattern} flags a constraint may carry, in bit order, for readable constants. */
    private static final List<String> PATTERN_FLAGS = List.of("UNIX_LINES", "CASE_INSENSITIVE", "COMMENTS",
            "MULTILINE", "LITERAL", "DOTALL", "UNICODE_CASE", "CANON_EQ", "UNICODE_CHARACTER_CLASS");

    private final String name;
    /** The property's name qualified by its owner where one class checks several owners' values (an endpoint's). */
    private final String qualifiedName;
    private final TypeName type;
    /** Never echoed: its violations leave the rejected value out. */
    private final boolean sensitive;
    /** The constant names already taken in the class, shared by all properties. */
    private final Set<String> constantNames;
    private final String methodName;
    /** The parameter holding the value; the property's own name unless that would hide the clock or the sink. */
    private final String value;
    private final List<FieldSpec> constants = new ArrayList<>();
    /** Generated implementations of custom constraint annotations, one per custom constraint. */
    private final List<TypeSpec> types = new ArrayList<>();
    private final CodeBlock.Builder body = CodeBlock.builder();
    /** What the checks being added test: the property itself, or the current element of a container. */
    private Target target;
    /** Whether the check method takes the requested groups and checks each constraint only when its group is in. */
    private boolean grouped;

    PropertyChecks(String name, ValueType type, boolean sensitive, Set<String> constantNames) {
        this(name, TypeNames.boxed(type), sensitive, constantNames);
    }

    PropertyChecks(String name, TypeName type, boolean sensitive, Set<String> constantNames) {
        this("", name, type, sensitive, constantNames);
    }

    /**
     * The checks of {@code name} within {@code owner}: the method and constants are named after both
     * ({@code checkByCodeCode}, {@code BY_CODE_CODE_PATTERN}), so one class can check several owners' values.
     */
    PropertyChecks(String owner, String name, ValueType type, Set<String> constantNames) {
        this(owner, name, TypeNames.boxed(type), false, constantNames);
    }

    private PropertyChecks(String owner, String name, TypeName type, boolean sensitive, Set<String> constantNames) {
        this.name = name;
        this.qualifiedName = owner.isEmpty() ? name : owner + Naming.capitalize(name);
        this.type = type;
        this.sensitive = sensitive;
        this.constantNames = constantNames;
        this.methodName = "check" + Naming.capitalize(qualifiedName);
        this.value = RESERVED.contains(name) || LOOP_LOCAL.matcher(name).matches() ? "value" : name;
        this.target = new Target(value, CodeBlock.of("$S", "/" + name), null);
    }

    String methodName() {
        return methodName;
    }

    List<FieldSpec> constants() {
        return constants;
    }

    /** Nested classes the checks need: an implementation of each custom constraint's annotation. */
    List<TypeSpec> types() {
        return types;
    }

    boolean isEmpty() {
        return body.isEmpty();
    }

    /** Makes the check method take the requested {@code Groups}; call before adding checks. */
    PropertyChecks grouped() {
        this.grouped = true;
        return this;
    }

    boolean isGrouped() {
        return grouped;
    }

    MethodSpec method() {
        var method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(type, value);
        if (grouped) {
            method.addParameter(GROUPS_TYPE, GROUPS);
        }
        return method.addParameter(VIOLATIONS, SINK)
                .addCode(body.build())
                .build();
    }

    /** Adds a check for each declared constraint. */
    void addAll(List<Constraint> constraints) {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Constraint.NotNull) {
                addMissing(inGroups(constraint, CodeBlock.of("$N == null", target.variable())), constraint.message());
            } else {
                add(inGroups(constraint, violated(constraint)), constraint.name(), constraint.message());
            }
        }
    }

    /** {@code groups.byDefault() && violated} when the method is grouped; {@code violated} alone otherwise. */
    private CodeBlock inGroups(Constraint constraint, CodeBlock violated) {
        if (!grouped) {
            return violated;
        }
        var tests = new ArrayList<CodeBlock>();
        for (String group : constraint.defaultOnly() ? List.of(DEFAULT_GROUP) : constraint.groups()) {
            tests.add(group.equals(DEFAULT_GROUP) ? CodeBlock.of("$N.byDefault()", GROUPS)
                    : CodeBlock.of("$N.includes($T.class)", GROUPS, ClassName.bestGuess(group)));
        }
        CodeBlock any = CodeBlock.join(tests, " || ");
        return tests.size() == 1 ? CodeBlock.of("$L && $L", any, violated) : CodeBlock.of("($L) && $L", any, violated);
    }

    /** Adds the nested object's own violations, their pointers under this property's. */
    void addNested(ClassName validator, boolean withClock) {
        CodeBlock create = withClock ? CodeBlock.of("new $T($N)", validator, CLOCK) : CodeBlock.of("new $T()", validator);
        CodeBlock arguments = grouped ? CodeBlock.of("$N, $N", target.variable(), GROUPS)
                : CodeBlock.of("$N", target.variable());
        body.beginControlFlow("if ($N != null)", target.variable())
                .beginControlFlow("for ($T nested : $L.validate($L))", VIOLATION, create, arguments);
        if (target.path() == null) {
            body.addStatement("$N.add(nested.under($L))", SINK, target.pointer());
        } else {
            body.addStatement("$N.add(nested.under($L,$W$L))", SINK, target.pointer(), target.path());
        }
        body.endControlFlow().endControlFlow();
    }

    /**
     * Adds a container's checks: its own constraints, then one loop over its elements (a map's entries) checking
     * each element's constraints or nested object, and an inner container's elements in a loop of their own.
     */
    void addContainer(ContainerProperty container) {
        addAll(container.constraints());
        boolean checksKeys = container.key() != null && container.key().checked();
        if (!container.element().checked() && !checksKeys) {
            return;
        }
        body.beginControlFlow("if ($N != null)", value);
        addElements(container.kind(), container.key(), container.element(), value, Text.of("/" + name), Text.of(name),
                true, 0);
        body.endControlFlow();
    }

    /**
     * The loop over the elements of the container in {@code variable}, at {@code pointer} and {@code path}. Paths are
     * Hibernate Validator's: an element adds {@code [2].<list element>} to its container's path, a nested object's
     * properties follow {@code [2]}, an {@code Optional} adds nothing. {@code top} is the property itself, whose
     * violations need no path of their own; {@code depth} keeps the locals of inner loops apart.
     */
    private void addElements(ContainerKind kind, Element key, Element element, String variable, Text pointer, Text path,
            boolean top, int depth) {
        String suffix = depth == 0 ? "" : String.valueOf(depth + 1);
        String elementVariable = ELEMENT + suffix;
        String index = INDEX + suffix;
        switch (kind) {
            case LIST, SET, ARRAY -> {
                body.addStatement("int $N = 0", index)
                        .beginControlFlow("for ($T $N : $N)", typeOf(element), elementVariable, variable);
                Text slot = kind == ContainerKind.SET ? path.plus("[]") : path.plus("[").local(index).plus("]");
                addElement(element, elementVariable, pointer.plus("/").local(index), slot,
                        slot.plus("." + kind.elementNode()), false, depth);
                body.addStatement("$N++", index).endControlFlow();
            }
            case MAP -> {
                String entry = "entry" + suffix;
                String keyVariable = KEY + suffix;
                TypeName keyType = key.type() == null && key.nested() == null && key.container() == null
                        ? ClassName.OBJECT : typeOf(key);
                body.beginControlFlow("for ($T $N : $N.entrySet())", ParameterizedTypeName.get(
                                ClassName.get(Map.Entry.class), argumentOf(key), argumentOf(element)), entry, variable)
                        .addStatement("$T $N = $N.getKey()", keyType, keyVariable, entry);
                Text at = pointer.plus("/").plus(CodeBlock.of("$T.segment($N)", VIOLATION, keyVariable));
                if (key.checked()) {
                    Text slot = path.plus("<K>[").local(keyVariable).plus("]");
                    addElement(key, keyVariable, at, slot, slot.plus(".<map key>"), false, depth);
                }
                if (element.checked()) {
                    body.addStatement("$T $N = $N.getValue()", typeOf(element), elementVariable, entry);
                    Text slot = path.plus("[").local(keyVariable).plus("]");
                    addElement(element, elementVariable, at, slot, slot.plus("." + kind.elementNode()), false, depth);
                }
                body.endControlFlow();
            }
            case OPTIONAL -> {
                body.addStatement("$T $N = $N.orElse(null)", typeOf(element), elementVariable, variable);
                addElement(element, elementVariable, pointer, path, path, top, depth);
            }
        }
    }

    /**
     * The checks of one element, held in the local {@code variable}: a nested object's violations go under
     * {@code nestedPath}, a value's (and an inner container's) have {@code valuePath}; {@code derivable} when the
     * pointer spells the path (an {@code Optional} property's value), so violations are created without one;
     * {@code depth} is the loop's, an inner container's loop is one deeper.
     */
    private void addElement(Element element, String variable, Text pointer, Text nestedPath, Text valuePath,
            boolean derivable, int depth) {
        Target property = target;
        try {
            target = new Target(variable, pointer.code(), derivable ? null : valuePath.code());
            addAll(element.constraints());
            if (element.nested() != null) {
                target = new Target(variable, pointer.code(), derivable ? null : nestedPath.code());
                addNested(TypeValidatorWriter.validatorName(element.nested().packageName(), element.nested().simpleName()),
                        element.nested().validatorClock());
            }
            InnerContainer inner = element.container();
            if (inner != null && inner.checksElements()) {
                body.beginControlFlow("if ($N != null)", variable);
                addElements(inner.kind(), inner.key(), inner.element(), variable, pointer, valuePath, derivable,
                        depth + 1);
                body.endControlFlow();
            }
        } finally {
            target = property;
        }
    }

    /**
     * The Java type of a container's elements as a local: a value type, a nested type, an inner container, or
     * {@code ?} when they are not checked.
     */
    static TypeName typeOf(Element element) {
        InnerContainer inner = element.container();
        if (inner != null) {
            return typeOf(inner.kind(), inner.key(), inner.element());
        }
        if (element.nested() != null) {
            return ClassName.get(element.nested().packageName(), element.nested().simpleName());
        }
        return element.type() == null ? WildcardTypeName.subtypeOf(Object.class) : TypeNames.boxed(element.type());
    }

    /**
     * The elements' type as a type argument: an inner container with a {@code ?} inside is {@code ? extends} it, so
     * that {@code List<List<String>>} is a {@code List<? extends List<?>>}.
     */
    private static TypeName argumentOf(Element element) {
        TypeName type = typeOf(element);
        return element.container() != null && !exact(element) ? WildcardTypeName.subtypeOf(type) : type;
    }

    /** Whether the element's type is known in full, with no {@code ?} inside. */
    private static boolean exact(Element element) {
        InnerContainer inner = element.container();
        if (inner != null) {
            return exact(inner.element()) && (inner.key() == null || exact(inner.key()));
        }
        return element.type() != null || element.nested() != null;
    }

    /** The Java type of a container property, such as {@code List<String>}, {@code Map<String, Integer>} or {@code int[]}. */
    static TypeName typeOf(ContainerProperty container) {
        if (container.kind() == ContainerKind.ARRAY) {
            return parseType(container.arrayType());
        }
        return typeOf(container.kind(), container.key(), container.element());
    }

    private static TypeName typeOf(ContainerKind kind, Element key, Element element) {
        ClassName raw = switch (kind) {
            case LIST -> ClassName.get(List.class);
            case SET -> ClassName.get(Set.class);
            case MAP -> ClassName.get(Map.class);
            case OPTIONAL -> ClassName.get(Optional.class);
            case ARRAY -> throw new IllegalArgumentException("an array is no generic container");
        };
        return key == null ? ParameterizedTypeName.get(raw, argumentOf(element))
                : ParameterizedTypeName.get(raw, argumentOf(key), argumentOf(element));
    }

    /** Adds the {@code @NotNull} check: a missing value has no value to carry. */
    void addMissing(String message) {
        addMissing(CodeBlock.of("$N == null", target.variable()), message);
    }

    private void addMissing(CodeBlock missing, String message) {
        body.beginControlFlow("if ($L)", missing);
        if (target.path() == null) {
            body.addStatement("$N.add(new $T($L,$W$S,$W$S))", SINK, VIOLATION, target.pointer(), message, "NotNull");
        } else {
            body.addStatement("$N.add(new $T($L,$W$S,$W$S,$Wnull,$W$L))", SINK, VIOLATION, target.pointer(), message,
                    "NotNull", target.path());
        }
        body.endControlFlow();
    }

    /** Adds {@code if (violated) violations.add(...)} for the constraint and message, with the value unless sensitive. */
    void add(CodeBlock violated, String constraint, String message) {
        body.beginControlFlow("if ($L)", violated);
        CodeBlock rejected = sensitive ? CodeBlock.of("null") : CodeBlock.of("$N", target.variable());
        if (target.path() != null) {
            body.addStatement("$N.add(new $T($L,$W$S,$W$S,$W$L,$W$L))", SINK, VIOLATION, target.pointer(), message,
                    constraint, rejected, target.path());
        } else if (sensitive) {
            body.addStatement("$N.add(new $T($L,$W$S,$W$S))", SINK, VIOLATION, target.pointer(), message, constraint);
        } else {
            body.addStatement("$N.add(new $T($L,$W$S,$W$S,$W$L))", SINK, VIOLATION, target.pointer(), message,
                    constraint, rejected);
        }
        body.endControlFlow();
    }

    /** {@code !Checks.check(value, arguments...)}, or {@code NumberChecks} or {@code TimeChecks}, which hold it. */
    CodeBlock fails(String check, CodeBlock... arguments) {
        var all = new ArrayList<CodeBlock>();
        all.add(CodeBlock.of("$N", target.variable()));
        all.addAll(List.of(arguments));
        ClassName predicates = NUMBER_PREDICATES.contains(check) ? NUMBER_CHECKS
                : TIME_PREDICATES.contains(check) ? TIME_CHECKS : CHECKS;
        return CodeBlock.of("!$T.$L($L)", predicates, check, CodeBlock.join(all, ", "));
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
        if (constraint instanceof Constraint.Custom custom) {
            String validator = custom(custom);
            // The annotation constant is the one added just before the validator field.
            String annotation = constants.get(constants.size() - 2).name();
            return CodeBlock.of("!$N.isValid($N, $N)", validator, target.variable(),
                    constant("CONTEXT", CONTEXT, CodeBlock.of("new $T($N.message())", CONTEXT, annotation)));
        }
        var assertion = (Constraint.Assert) constraint;
        // A null Boolean satisfies both @AssertTrue and @AssertFalse; only the opposite value breaks them.
        return CodeBlock.of("$T.$L.equals($N)", Boolean.class, assertion.expected() ? "FALSE" : "TRUE",
                target.variable());
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
        return constant(suffix, ClassName.get(constantType), initializer);
    }

    /** A named constant of the class, its name unique; a {@code null} initializer leaves a placeholder to replace. */
    private String constant(String suffix, TypeName constantType, CodeBlock initializer) {
        String base = Naming.snakeCase(qualifiedName).toUpperCase(Locale.ROOT) + "_" + suffix;
        String constantName = base;
        for (int n = 2; !constantNames.add(constantName); n++) {
            constantName = base + "_" + n;
        }
        var constant = FieldSpec.builder(constantType, constantName, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        if (initializer != null) {
            constant.initializer(initializer);
        }
        constants.add(constant.build());
        return constantName;
    }

    /**
     * The custom constraint's validator as an instance field, created with {@code new} and initialized with a constant
     * instance of a nested class implementing the annotation with the declared attribute values; returns the field.
     */
    private String custom(Constraint.Custom custom) {
        ClassName annotation = ClassName.bestGuess(custom.annotationType());
        ClassName validator = ClassName.bestGuess(custom.validatorType());
        String constantName = constant(Naming.snakeCase(custom.name()).toUpperCase(Locale.ROOT), annotation, null);
        String className = camel(constantName, true);
        String fieldName = camel(constantName, false);
        var implementation = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(annotation)
                .addJavadoc("{@code @$L} as declared on {@code $L}.\n", custom.name(), name)
                .addMethod(MethodSpec.methodBuilder("annotationType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class),
                                WildcardTypeName.subtypeOf(Annotation.class)))
                        .addStatement("return $T.class", annotation)
                        .build());
        for (Constraint.Attribute attribute : custom.attributes()) {
            var method = MethodSpec.methodBuilder(attribute.name())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(parseType(attribute.type()))
                    .addStatement("return $L", attribute.value());
            if (attribute.unchecked()) {
                method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "unchecked").build());
            }
            implementation.addMethod(method.build());
        }
        types.add(implementation.build());
        constants.set(constants.size() - 1, FieldSpec.builder(annotation, constantName, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("new $N()", className)
                .build());
        constants.add(FieldSpec.builder(validator, fieldName, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.initialized(new $T(), $N)", CHECKS, validator, constantName)
                .build());
        return fieldName;
    }

    /** {@code PHRASE_NO_BAD_WORDS} as {@code PhraseNoBadWords} or {@code phraseNoBadWords}. */
    private static String camel(String constantName, boolean upper) {
        var camel = new StringBuilder();
        for (String word : constantName.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() && !upper ? word : Naming.capitalize(word));
        }
        return camel.toString();
    }

    /** A type as javac prints it ({@code java.lang.Class<? extends jakarta.validation.Payload>[]}) as a type name. */
    static TypeName parseType(String type) {
        String trimmed = type.trim();
        if (trimmed.endsWith("[]")) {
            return ArrayTypeName.of(parseType(trimmed.substring(0, trimmed.length() - 2)));
        }
        if (trimmed.equals("?")) {
            return WildcardTypeName.subtypeOf(Object.class);
        }
        if (trimmed.startsWith("? extends ")) {
            return WildcardTypeName.subtypeOf(parseType(trimmed.substring("? extends ".length())));
        }
        if (trimmed.startsWith("? super ")) {
            return WildcardTypeName.supertypeOf(parseType(trimmed.substring("? super ".length())));
        }
        int open = trimmed.indexOf('<');
        if (open < 0) {
            return switch (trimmed) {
                case "boolean" -> TypeName.BOOLEAN;
                case "byte" -> TypeName.BYTE;
                case "short" -> TypeName.SHORT;
                case "int" -> TypeName.INT;
                case "long" -> TypeName.LONG;
                case "char" -> TypeName.CHAR;
                case "float" -> TypeName.FLOAT;
                case "double" -> TypeName.DOUBLE;
                default -> ClassName.bestGuess(trimmed);
            };
        }
        var arguments = new ArrayList<TypeName>();
        int depth = 0;
        int start = open + 1;
        for (int at = start; at < trimmed.length() - 1; at++) {
            char c = trimmed.charAt(at);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                arguments.add(parseType(trimmed.substring(start, at)));
                start = at + 1;
            }
        }
        arguments.add(parseType(trimmed.substring(start, trimmed.length() - 1)));
        return ParameterizedTypeName.get(ClassName.bestGuess(trimmed.substring(0, open)),
                arguments.toArray(TypeName[]::new));
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

    /**
     * A string expression of literal text and Java expressions, adjacent literals merged:
     * {@code "items[" + index + "].<list element>"}.
     */
    private record Text(List<Object> parts) {

        static Text of(String literal) {
            return new Text(List.of(literal));
        }

        Text plus(String literal) {
            return with(literal);
        }

        /** This text followed by the value of the local {@code variable}. */
        Text local(String variable) {
            return with(CodeBlock.of("$N", variable));
        }

        Text plus(CodeBlock expression) {
            return with(expression);
        }

        private Text with(Object part) {
            var all = new ArrayList<>(parts);
            if (part instanceof String literal && !all.isEmpty() && all.get(all.size() - 1) instanceof String last) {
                all.set(all.size() - 1, last + literal);
            } else {
                all.add(part);
            }
            return new Text(all);
        }

        CodeBlock code() {
            return CodeBlock.join(parts.stream()
                    .map(part -> part instanceof String literal ? CodeBlock.of("$S", literal) : (CodeBlock) part)
                    .toList(), " + ");
        }
    }

    /**
     * The value a check tests and where its violations point.
     *
     * @param variable the local or parameter holding the value
     * @param pointer  an expression for its JSON pointer
     * @param path     an expression for its property path; {@code null} when the pointer spells it ({@code /a/b} is
     *                 {@code a.b}), so the violation is created without one
     */
    private record Target(String variable, CodeBlock pointer, CodeBlock path) {
    }
}
