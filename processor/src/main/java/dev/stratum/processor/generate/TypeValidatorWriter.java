package dev.stratum.processor.generate;

import static dev.stratum.processor.generate.PropertyChecks.SINK;
import static dev.stratum.processor.generate.PropertyChecks.VIOLATIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.model.ValidatableModel.ContainerProperty;
import dev.stratum.processor.model.ValidatableModel.Element;
import dev.stratum.processor.model.ValidatableModel.Member;
import dev.stratum.processor.model.ValidatableModel.NestedProperty;
import dev.stratum.processor.model.ValidatableModel.ValidatedProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderRequestValidator} for a {@code @Validatable} type: its declared constraints as plain code, one
 * private check method per constrained property, called in declaration order by {@code validate}. A {@code @Valid}
 * property is checked by its own type's generated validator, its violations' pointers put under the property's.
 */
public final class TypeValidatorWriter {

    private static final String TARGET = "target";

    /** The validator's name: the type's name followed by {@code Validator}, in the same package. */
    public static ClassName validatorName(String packageName, String simpleName) {
        return ClassName.get(packageName, simpleName + "Validator");
    }

    public static ClassName validatorName(ValidatableModel model) {
        return validatorName(model.packageName(), model.simpleName());
    }

    public JavaFile write(ValidatableModel model) {
        var constantNames = new HashSet<String>();
        List<Checked> properties = new ArrayList<>();
        for (Member property : model.properties()) {
            var checks = checks(property, constantNames);
            if (!checks.isEmpty()) {
                properties.add(new Checked(property, checks));
            }
        }
        ClassName type = ClassName.get(model.packageName(), model.simpleName());
        var validator = TypeSpec.classBuilder(validatorName(model)).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Sources.mark(validator, type,
                CodeBlock.of("Checks an instance of {@link $T} against its declared constraints, without reflection.", type));
        properties.forEach(property -> validator.addFields(property.checks().constants()));
        if (model.needsClock()) {
            ValidatorWriter.addClock(validator);
        }
        validator.addMethod(validateByDefault(type)).addMethod(validate(type, properties));
        properties.forEach(property -> validator.addMethod(property.checks().method()));
        properties.forEach(property -> validator.addTypes(property.checks().types()));
        return Sources.file(model.packageName(), validator.build());
    }

    /**
     * The property's checks. Only a property with a constraint of a named group, or a nested object (validated for
     * the requested groups), takes the groups; the others run together when the default group is requested.
     */
    private static PropertyChecks checks(Member property, Set<String> constantNames) {
        if (property instanceof ValidatedProperty value) {
            var checks = new PropertyChecks(value.name(), value.type(), value.sensitive(), constantNames);
            if (!defaultOnly(value.constraints())) {
                checks.grouped();
            }
            checks.addAll(value.constraints());
            return checks;
        }
        if (property instanceof ContainerProperty container) {
            var checks = new PropertyChecks(container.name(), PropertyChecks.typeOf(container), container.sensitive(),
                    constantNames);
            if (!defaultOnly(container)) {
                checks.grouped();
            }
            checks.addContainer(container);
            return checks;
        }
        var nested = (NestedProperty) property;
        var checks = new PropertyChecks(nested.name(), ClassName.get(nested.packageName(), nested.simpleName()), false,
                constantNames).grouped();
        checks.addAll(nested.constraints());
        checks.addNested(validatorName(nested.packageName(), nested.simpleName()), nested.validatorClock());
        return checks;
    }

    private static boolean defaultOnly(List<Constraint> constraints) {
        return constraints.stream().allMatch(Constraint::defaultOnly);
    }

    /**
     * Whether a container's constraints and its elements' (at any depth) are all of the default group, with no nested
     * objects.
     */
    private static boolean defaultOnly(ContainerProperty container) {
        return defaultOnly(container.constraints()) && defaultOnly(container.element())
                && (container.key() == null || defaultOnly(container.key()));
    }

    private static boolean defaultOnly(Element element) {
        var inner = element.container();
        boolean innerDefaultOnly = inner == null
                || (defaultOnly(inner.element()) && (inner.key() == null || defaultOnly(inner.key())));
        return element.nested() == null && defaultOnly(element.constraints()) && innerDefaultOnly;
    }

    /** {@code validate(OrderRequest)}: the default group's checks. */
    private static MethodSpec validateByDefault(ClassName type) {
        return MethodSpec.methodBuilder("validate")
                .addJavadoc("The constraints of the default group {@code $N} breaks, in property order; empty when it is"
                        + "\nvalid.\n", TARGET)
                .addModifiers(Modifier.PUBLIC)
                .returns(VIOLATIONS)
                .addParameter(type, TARGET)
                .addStatement("return validate($N, $T.DEFAULT)", TARGET, PropertyChecks.GROUPS_TYPE)
                .build();
    }

    /**
     * {@code validate(OrderRequest, Groups)}: each property's checks, in declaration order; consecutive properties of
     * the default group alone run under one test of the groups instead of one per constraint.
     */
    private static MethodSpec validate(ClassName type, List<Checked> properties) {
        var method = MethodSpec.methodBuilder("validate")
                .addJavadoc("The constraints of {@code $N} that {@code $N} breaks, in property order; nested objects are"
                        + "\nchecked for the same groups.\n", PropertyChecks.GROUPS, TARGET)
                .addModifiers(Modifier.PUBLIC)
                .returns(VIOLATIONS)
                .addParameter(type, TARGET)
                .addParameter(PropertyChecks.GROUPS_TYPE, PropertyChecks.GROUPS)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, TARGET, TARGET)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, PropertyChecks.GROUPS, PropertyChecks.GROUPS);
        if (properties.isEmpty()) {
            return method.addStatement("return $T.of()", List.class).build();
        }
        method.addStatement("$T $N = new $T<>()", VIOLATIONS, SINK, ArrayList.class);
        boolean inDefault = false;
        for (Checked property : properties) {
            boolean grouped = property.checks().isGrouped();
            if (inDefault && grouped) {
                method.endControlFlow();
                inDefault = false;
            } else if (!inDefault && !grouped) {
                method.beginControlFlow("if ($N.byDefault())", PropertyChecks.GROUPS);
                inDefault = true;
            }
            if (grouped) {
                method.addStatement("$N($N.$N(), $N, $N)", property.checks().methodName(), TARGET,
                        property.property().accessor(), PropertyChecks.GROUPS, SINK);
            } else {
                method.addStatement("$N($N.$N(), $N)", property.checks().methodName(), TARGET,
                        property.property().accessor(), SINK);
            }
        }
        if (inDefault) {
            method.endControlFlow();
        }
        return method.addStatement("return $N", SINK).build();
    }

    /** A property and its checks. */
    private record Checked(Member property, PropertyChecks checks) {
    }
}
