package dev.stratum.processor.model;

import java.util.List;

/**
 * A {@code @Finders} interface whose every method was parsed and checked against its entity.
 *
 * @param packageName the interface's package
 * @param simpleName  the interface's simple name
 * @param entity      the entity the finders query
 * @param methods     the finders, in declaration order
 */
public record FinderModel(String packageName, String simpleName, EntityModel entity, List<FinderMethod> methods) {

    public FinderModel {
        methods = List.copyOf(methods);
    }

    /** The qualified interface name. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
