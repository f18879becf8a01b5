package dev.stratum.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What other entities' responses show of a row of an entity: its id and its {@code @Summary} fields.
 *
 * @param entity the entity's qualified name
 * @param table  its table
 * @param id     its id property
 * @param fields its {@code @Summary} fields in declaration order
 */
public record SummaryModel(String entity, String table, PropertyModel id, List<PropertyModel> fields) {

    public SummaryModel {
        fields = List.copyOf(fields);
    }

    /** The entity's package, empty for the default package. */
    public String packageName() {
        int dot = entity.lastIndexOf('.');
        return dot < 0 ? "" : entity.substring(0, dot);
    }

    /** The entity's simple class name. */
    public String simpleName() {
        return entity.substring(entity.lastIndexOf('.') + 1);
    }

    /** The id, then the fields: the components of the summary record and the columns read for it, in that order. */
    public List<PropertyModel> properties() {
        var all = new ArrayList<PropertyModel>();
        all.add(id);
        all.addAll(fields);
        return List.copyOf(all);
    }
}
