package dev.stratum.processor.model;

import java.util.List;

/**
 * A {@code @Finders} interface as declared, before its method names are parsed: what the scan stage read.
 *
 * @param packageName the interface's package
 * @param simpleName  the interface's simple name
 * @param entity      the qualified name of the entity it queries
 * @param methods     its abstract methods, in declaration order
 */
public record FinderDeclaration(String packageName, String simpleName, String entity, List<Method> methods) {

    public FinderDeclaration {
        methods = List.copyOf(methods);
    }

    /** The qualified interface name, which also identifies it to the processor. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** One abstract method: its name, parameters and return type. */
    public record Method(String name, List<Parameter> parameters, TypeRef returnType) {

        public Method {
            parameters = List.copyOf(parameters);
        }
    }

    /** One parameter of a finder method. */
    public record Parameter(String name, TypeRef type) {
    }
}
