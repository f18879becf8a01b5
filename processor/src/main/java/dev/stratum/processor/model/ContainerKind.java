package dev.stratum.processor.model;

/**
 * The containers whose elements a {@code @Validatable} property may constrain, with the node name Jakarta Validation
 * gives their elements in a property path ({@code items[2].<list element>}). An array is a container of its own
 * kind: it may be sized and its elements may be {@code @Valid} objects, but, as in Hibernate Validator, its elements
 * take no constraints.
 */
public enum ContainerKind {
    /** {@code java.util.List}: elements are indexed, {@code items[2].<list element>}. */
    LIST("java.util.List", "<list element>"),
    /** {@code java.util.Set}: elements have no index in the path, {@code tags[].<iterable element>}. */
    SET("java.util.Set", "<iterable element>"),
    /** {@code java.util.Map}: keys are {@code tags<K>[key].<map key>}, values {@code tags[key].<map value>}. */
    MAP("java.util.Map", "<map value>"),
    /** {@code java.util.Optional}: the element has the property's own path. */
    OPTIONAL("java.util.Optional", null),
    /** An array ({@code String[]}, {@code int[]}): only its nested objects are checked, {@code items[2].name}. */
    ARRAY("[]", "<iterable element>");

    private final String qualifiedName;
    private final String elementNode;

    ContainerKind(String qualifiedName, String elementNode) {
        this.qualifiedName = qualifiedName;
        this.elementNode = elementNode;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** The path node of an element (a map's value); {@code null} for {@code Optional}, whose element adds no node. */
    public String elementNode() {
        return elementNode;
    }

    /** Whether the container holds any number of elements, so {@code @Size} must bound it. */
    public boolean sized() {
        return this != OPTIONAL;
    }

    /** The name users know it by, for messages: {@code List}, {@code array}. */
    public String displayName() {
        return this == ARRAY ? "array" : qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** The kind of the type with this qualified name, or {@code null} when it is no supported container. */
    public static ContainerKind of(String qualifiedName) {
        for (ContainerKind kind : values()) {
            if (kind.qualifiedName.equals(qualifiedName)) {
                return kind;
            }
        }
        return null;
    }
}
