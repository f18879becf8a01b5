package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.ContainerKind;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.model.ValidatableModel.ContainerProperty;
import dev.stratum.processor.model.ValidatableModel.Element;
import dev.stratum.processor.model.ValidatableModel.InnerContainer;
import dev.stratum.processor.model.ValidatableModel.Member;
import dev.stratum.processor.model.ValidatableModel.NestedProperty;
import dev.stratum.processor.model.ValidatableModel.ValidatedProperty;
import java.util.List;

/**
 * The rules stage for {@code @Validatable} types: every constraint applies to its property's (or element's) type, and
 * every list, set and map has a maximum size, so no request can make the server hold an unbounded number of elements.
 */
public final class ValidatableRules {

    private final Report report;

    public ValidatableRules(Report report) {
        this.report = report;
    }

    public void check(ValidatableModel model) {
        for (Member property : model.properties()) {
            Location at = Location.field(model.qualifiedName(), property.name());
            if (property instanceof ValidatedProperty value) {
                value.constraints().forEach(constraint -> ConstraintTargets.check(constraint, value.type(), at, report));
            } else if (property instanceof ContainerProperty container) {
                check(container, at);
            } else {
                var nested = (NestedProperty) property;
                nested.constraints().forEach(constraint ->
                        ConstraintTargets.checkNested(constraint, nested.simpleName(), at, report));
            }
        }
    }

    private void check(ContainerProperty container, Location at) {
        container.constraints().forEach(constraint -> ConstraintTargets.checkContainer(constraint, container.kind(), at,
                report));
        if (container.kind().sized() && !bounded(container.constraints())) {
            report.error(Code.UNBOUNDED_COLLECTION, at, at.describe() + " can hold any number of elements; add"
                    + " @Size(max = ...) so a request cannot make the server hold an unbounded collection");
        }
        checkElements(container.kind(), container.key(), container.element(), at);
    }

    private void checkElements(ContainerKind kind, Element key, Element element, Location at) {
        if (key != null) {
            check(key, "keys", at);
        }
        check(element, kind == ContainerKind.MAP ? "values" : "elements", at);
    }

    private static boolean bounded(List<Constraint> constraints) {
        return constraints.stream()
                .anyMatch(constraint -> constraint instanceof Constraint.Size size && size.max() < Integer.MAX_VALUE);
    }

    private void check(Element element, String what, Location at) {
        InnerContainer inner = element.container();
        if (inner != null) {
            element.constraints().forEach(constraint -> ConstraintTargets.checkContainer(constraint, inner.kind(), at,
                    report));
            if (inner.kind().sized() && !bounded(element.constraints())) {
                report.error(Code.UNBOUNDED_COLLECTION, at, "the " + what + " of " + at.describe() + " are "
                        + inner.kind().displayName() + "s of any size; add @Size(max = ...) on the type argument"
                        + " so a request cannot make the server hold an unbounded collection");
            }
            checkElements(inner.kind(), inner.key(), inner.element(), at);
            return;
        }
        for (Constraint constraint : element.constraints()) {
            if (element.nested() != null) {
                ConstraintTargets.checkNested(constraint, element.nested().simpleName(), at, report);
            } else {
                ConstraintTargets.checkElement(constraint, element.type(), what, at, report);
            }
        }
    }
}
