package dev.stratum.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Java type as a finder method declares it, read by the scan stage so later stages can compare it with property
 * types without javac.
 *
 * @param name       the qualified name ({@code java.util.List}), a primitive keyword ({@code int}), {@code ?} for a
 *                   wildcard (whose one argument, if any, is its {@code extends} bound) or an array ({@code int[]})
 * @param arguments  the type arguments in declaration order
 * @param collection whether the type is a {@code java.util.Collection}
 */
public record TypeRef(String name, List<TypeRef> arguments, boolean collection) {

    private static final Map<String, String> BOXES = Map.of(
            "boolean", "java.lang.Boolean", "byte", "java.lang.Byte", "short", "java.lang.Short",
            "char", "java.lang.Character", "int", "java.lang.Integer", "long", "java.lang.Long",
            "float", "java.lang.Float", "double", "java.lang.Double");

    public TypeRef {
        arguments = List.copyOf(arguments);
    }

    /** A type without arguments that is no collection. */
    public static TypeRef of(String name) {
        return new TypeRef(name, List.of(), false);
    }

    public boolean primitive() {
        return BOXES.containsKey(name);
    }

    public boolean wildcard() {
        return name.equals("?");
    }

    /** The qualified name with a primitive boxed, so {@code int} and {@code Integer} compare equal. */
    public String boxedName() {
        return BOXES.getOrDefault(name, name);
    }

    /** Whether this is the given class with exactly one type argument. */
    public boolean isGeneric(String qualifiedName) {
        return name.equals(qualifiedName) && arguments.size() == 1;
    }

    /** A collection's element type, a wildcard replaced by its {@code extends} bound; empty when raw or unbounded. */
    public Optional<TypeRef> elementType() {
        if (!collection || arguments.size() != 1) {
            return Optional.empty();
        }
        TypeRef element = arguments.get(0);
        if (element.wildcard()) {
            return element.arguments().stream().findFirst();
        }
        return Optional.of(element);
    }

    /** {@code Collection<String>}, with simple names, for messages. */
    public String display() {
        if (wildcard()) {
            return arguments.isEmpty() ? "?" : "? extends " + arguments.get(0).display();
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return arguments.isEmpty() ? simple
                : simple + arguments.stream().map(TypeRef::display).collect(Collectors.joining(", ", "<", ">"));
    }
}
