package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.SummaryModel;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;

/** The names of generated types and the Java types of properties. */
public final class TypeNames {

    private TypeNames() {
    }

    public static ClassName entity(EntityModel entity) {
        return ClassName.get(entity.packageName(), entity.simpleName());
    }

    public static ClassName repository(EntityModel entity) {
        return sibling(entity, "Repository");
    }

    public static ClassName validator(EntityModel entity) {
        return sibling(entity, "Validator");
    }

    public static ClassName createRequest(EntityModel entity) {
        return sibling(entity, "CreateRequest");
    }

    public static ClassName updateRequest(EntityModel entity) {
        return sibling(entity, "UpdateRequest");
    }

    public static ClassName response(EntityModel entity) {
        return sibling(entity, "Response");
    }

    public static ClassName hooks(EntityModel entity) {
        return sibling(entity, "Hooks");
    }

    public static ClassName service(EntityModel entity) {
        return sibling(entity, "Service");
    }

    public static ClassName controller(EntityModel entity) {
        return sibling(entity, "Controller");
    }

    public static ClassName listQuery(EntityModel entity) {
        return sibling(entity, "ListQuery");
    }

    public static ClassName configuration(EntityModel entity) {
        return sibling(entity, "StratumConfiguration");
    }

    /** {@code OwnerSummary}: what other entities' responses show of an entity with {@code @Summary} fields. */
    public static ClassName summary(SummaryModel summary) {
        return ClassName.get(summary.packageName(), summary.simpleName() + "Summary");
    }

    /** Every generated type name for an entity, for the clash check. */
    public static java.util.List<ClassName> all(EntityModel entity) {
        var names = new java.util.ArrayList<>(java.util.List.of(repository(entity), validator(entity),
                createRequest(entity), updateRequest(entity), response(entity), hooks(entity), service(entity),
                controller(entity), configuration(entity)));
        if (ListQueryWriter.queryable(entity)) {
            names.add(listQuery(entity));
        }
        entity.summaryModel().map(TypeNames::summary).ifPresent(names::add);
        return java.util.List.copyOf(names);
    }

    private static ClassName sibling(EntityModel entity, String suffix) {
        return ClassName.get(entity.packageName(), entity.simpleName() + suffix);
    }

    /** The property's type as declared on the entity ({@code int}, {@code String}, {@code Species}). */
    public static TypeName declared(PropertyModel property) {
        TypeName boxed = boxed(property.type());
        return property.type().primitive() ? boxed.unbox() : boxed;
    }

    /** The property's type with primitives boxed, as request records carry it so that absence is detectable. */
    public static TypeName boxed(ValueType type) {
        return ClassName.bestGuess(type.kind() == ValueKind.ENUM ? type.enumType() : type.kind().javaType());
    }

    /** The {@code @Embeddable} type of an embedded value ({@code Address}). */
    static ClassName embeddable(EmbeddedModel embedded) {
        return ClassName.get(embedded.packageName(), embedded.simpleName());
    }
}
