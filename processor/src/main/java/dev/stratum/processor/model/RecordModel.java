package dev.stratum.processor.model;

import java.util.List;

/**
 * A record that an endpoint reads or returns, as the OpenAPI document describes it.
 *
 * @param packageName the record's package
 * @param simpleName  the record's simple name, which is also its schema's name
 * @param components  its components in declaration order
 */
public record RecordModel(String packageName, String simpleName, List<Component> components) {

    public RecordModel {
        components = List.copyOf(components);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /**
     * One component.
     *
     * @param type        its value type, or {@code null} when it is not a simple value (then any JSON value)
     * @param constraints its constraints in declaration order
     */
    public record Component(String name, ValueType type, List<Constraint> constraints) {

        public Component {
            constraints = List.copyOf(constraints);
        }
    }
}
