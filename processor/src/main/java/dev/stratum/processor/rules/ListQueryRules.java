package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the fields an exposure lets a list sort by and filter on: each must be a property of the entity, none may be
 * sensitive (a filter or an order is an oracle for its value), and a sort key must have a meaningful order that the
 * cursor can carry: text, numbers, dates and instants, never a relation or a boolean, enum or UUID.
 */
final class ListQueryRules {

    /** The kinds whose SQL order is also the order a reader expects. */
    static final Set<ValueKind> SORTABLE_KINDS = EnumSet.of(
            ValueKind.STRING, ValueKind.BYTE, ValueKind.SHORT, ValueKind.INT, ValueKind.LONG, ValueKind.FLOAT, ValueKind.DOUBLE,
            ValueKind.BIG_DECIMAL, ValueKind.BIG_INTEGER, ValueKind.LOCAL_DATE, ValueKind.LOCAL_TIME, ValueKind.LOCAL_DATE_TIME,
            ValueKind.OFFSET_DATE_TIME, ValueKind.INSTANT);

    private final Report report;

    ListQueryRules(Report report) {
        this.report = report;
    }

    void check(EntityModel entity, ExposureModel exposure, Location expose) {
        for (String name : exposure.sortable()) {
            property(entity, name, expose.attribute("sortable"), "sortable").ifPresent(property -> {
                if (!sensitive(entity, property, expose.attribute("sortable"), "sort by")) {
                    checkSortable(entity, property, expose.attribute("sortable"));
                }
            });
        }
        for (String name : exposure.filterable()) {
            property(entity, name, expose.attribute("filterable"), "filterable")
                    .ifPresent(property -> sensitive(entity, property, expose.attribute("filterable"), "filter on"));
        }
    }

    private Optional<PropertyModel> property(EntityModel entity, String name, Location at, String attribute) {
        Optional<PropertyModel> found = entity.columns().stream().filter(p -> p.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            List<String> names = entity.columns().stream().map(PropertyModel::name).toList();
            String hint = Suggestions.closest(name, names).map(closest -> "did you mean '" + closest + "'?")
                    .orElse("use one of " + String.join(", ", names));
            report.error(Code.UNKNOWN_LIST_FIELD, at, "@Expose(" + attribute + ") of " + entity.simpleName()
                    + " names '" + name + "', which " + entity.simpleName() + " does not have; " + hint);
        }
        return found;
    }

    private boolean sensitive(EntityModel entity, PropertyModel property, Location at, String verb) {
        if (property.sensitive()) {
            report.error(Code.SENSITIVE_LIST_FIELD, at, entity.simpleName() + "." + property.name()
                    + " is @Sensitive, so a list may not " + verb + " it (the order or the matches would reveal its"
                    + " values); remove it from @Expose");
        }
        return property.sensitive();
    }

    private void checkSortable(EntityModel entity, PropertyModel property, Location at) {
        if (property.reference().isPresent()) {
            report.error(Code.UNSORTABLE_FIELD, at, entity.simpleName() + "." + property.name() + " is a relation,"
                    + " which a list cannot sort by; sort by a field of " + entity.simpleName()
                    + " or make it filterable instead");
        } else if (!SORTABLE_KINDS.contains(property.type().kind())) {
            report.error(Code.UNSORTABLE_FIELD, at, entity.simpleName() + "." + property.name() + " is a "
                    + property.type().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", which has no useful order to sort by; sort by a text, number, date or instant field,"
                    + " or make it filterable instead");
        }
    }
}
