package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.model.ValidatableModel.Member;
import dev.stratum.processor.model.ValidatableModel.NestedProperty;
import dev.stratum.processor.model.ValidatableModel.ValidatedProperty;

/** The rules stage for {@code @Validatable} types: every constraint applies to its property's type. */
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
            } else {
                var nested = (NestedProperty) property;
                nested.constraints().forEach(constraint ->
                        ConstraintTargets.checkNested(constraint, nested.simpleName(), at, report));
            }
        }
    }
}
