package dev.stratum.processor.model;

/**
 * Where in the user's sources a diagnostic belongs, in model terms: the entity, optionally one of its fields, an
 * annotation on it (the {@code occurrence}-th of a repeated one) and one of that annotation's attributes. The processor
 * turns it back into an element, annotation mirror and value so the IDE caret lands on the spot.
 */
public record Location(String entity, String field, String annotation, int occurrence, String attribute) {

    /** The entity class itself. */
    public static Location entity(String entity) {
        return new Location(entity, null, null, 0, null);
    }

    /** A field of the entity. */
    public static Location field(String entity, String field) {
        return new Location(entity, field, null, 0, null);
    }

    /** The same place, narrowed to an annotation (by qualified name). */
    public Location annotation(String qualifiedName) {
        return new Location(entity, field, qualifiedName, 0, null);
    }

    /** The same place, narrowed to the {@code occurrence}-th annotation of that type (0-based). */
    public Location annotation(String qualifiedName, int occurrence) {
        return new Location(entity, field, qualifiedName, occurrence, null);
    }

    /** The same annotation, narrowed to one attribute. */
    public Location attribute(String name) {
        return new Location(entity, field, annotation, occurrence, name);
    }

    /** {@code Pet} or {@code Pet.name}, for messages. */
    public String describe() {
        String simple = entity.substring(entity.lastIndexOf('.') + 1);
        return field == null ? simple : simple + "." + field;
    }
}
