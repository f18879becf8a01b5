package dev.stratum.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Builds a compilable entity source for diagnostics tests: fields are declared with their annotations, and the
 * accessors are written for them, so each test states only what it is about.
 */
final class EntitySource {

    private final String name;
    private final List<String> classAnnotations = new ArrayList<>();
    private final List<String[]> fields = new ArrayList<>();
    private final List<String> extraMembers = new ArrayList<>();
    private boolean accessors = true;
    /** For a {@code @Finders} interface: the entity it queries; null for an entity. */
    private String findersOf;

    /** The whole source text, for a type that is not an entity (an endpoint interface, say). */
    private String verbatim;

    private EntitySource(String name) {
        this.name = name;
    }

    /** An entity with a Long identity id and a version, ready for more fields. */
    static EntitySource entity(String name) {
        return bare(name)
                .field("@Id @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id")
                .field("@Version", "long", "version");
    }

    /** Any type of package {@code test}, written out in full. */
    static EntitySource source(String name, String text) {
        EntitySource source = new EntitySource(name);
        source.verbatim = text;
        return source;
    }

    /** An entity with no fields at all. */
    static EntitySource bare(String name) {
        return new EntitySource(name).annotate("@Entity");
    }

    /** A {@code @Finders(entity.class)} interface, ready for methods (added with {@link #member}). */
    static EntitySource finders(String name, String entity) {
        EntitySource finders = new EntitySource(name);
        finders.findersOf = entity;
        return finders;
    }

    /** A {@code @Validatable} class (no entity), ready for fields; each gets a getter and a setter. */
    static EntitySource validatable(String name) {
        return new EntitySource(name).annotate("@Validatable");
    }

    EntitySource annotate(String annotation) {
        classAnnotations.add(annotation);
        return this;
    }

    EntitySource field(String annotations, String type, String fieldName) {
        fields.add(new String[] {annotations, type, fieldName});
        return this;
    }

    EntitySource member(String code) {
        extraMembers.add(code);
        return this;
    }

    EntitySource withoutAccessors() {
        accessors = false;
        return this;
    }

    String qualifiedName() {
        return "test." + name;
    }

    String text() {
        if (verbatim != null) {
            return verbatim;
        }
        if (findersOf != null) {
            return findersText();
        }
        var out = new StringBuilder();
        out.append("package test;\n\n")
                .append("import dev.stratum.annotations.*;\n")
                .append("import jakarta.persistence.Column;\n")
                .append("import jakarta.persistence.AttributeOverride;\n")
                .append("import jakarta.persistence.Embedded;\n")
                .append("import jakarta.persistence.Entity;\n")
                .append("import jakarta.persistence.EnumType;\n")
                .append("import jakarta.persistence.Enumerated;\n")
                .append("import jakarta.persistence.GeneratedValue;\n")
                .append("import jakarta.persistence.GenerationType;\n")
                .append("import jakarta.persistence.Id;\n")
                .append("import jakarta.persistence.JoinColumn;\n")
                .append("import jakarta.persistence.JoinTable;\n")
                .append("import jakarta.persistence.ManyToMany;\n")
                .append("import jakarta.persistence.ManyToOne;\n")
                .append("import jakarta.persistence.OneToMany;\n")
                .append("import jakarta.persistence.OneToOne;\n")
                .append("import jakarta.persistence.Table;\n")
                .append("import jakarta.persistence.Version;\n")
                .append("import jakarta.validation.constraints.*;\n\n");
        classAnnotations.forEach(annotation -> out.append(annotation).append('\n'));
        out.append("public class ").append(name).append(" {\n");
        for (String[] field : fields) {
            out.append("    ").append(field[0]).append('\n')
                    .append("    private ").append(field[1]).append(' ').append(field[2]).append(";\n");
        }
        out.append("    public ").append(name).append("() {}\n");
        if (accessors) {
            for (String[] field : fields) {
                String suffix = Character.toUpperCase(field[2].charAt(0)) + field[2].substring(1);
                String getter = field[1].equals("boolean") ? "is" : "get";
                out.append("    public ").append(field[1]).append(' ').append(getter).append(suffix)
                        .append("() { return ").append(field[2]).append("; }\n")
                        .append("    public void set").append(suffix).append('(').append(field[1])
                        .append(" value) { this.").append(field[2]).append(" = value; }\n");
            }
        }
        extraMembers.forEach(member -> out.append("    ").append(member).append('\n'));
        return out.append("}\n").toString();
    }

    private String findersText() {
        var out = new StringBuilder();
        out.append("package test;\n\n")
                .append("import dev.stratum.annotations.Finders;\n")
                .append("import dev.stratum.runtime.paging.Page;\n")
                .append("import dev.stratum.runtime.paging.PageRequest;\n")
                .append("import java.util.*;\n\n");
        classAnnotations.forEach(annotation -> out.append(annotation).append('\n'));
        out.append("@Finders(").append(findersOf).append(".class)\n")
                .append("public interface ").append(name).append(" {\n");
        extraMembers.forEach(member -> out.append("    ").append(member).append('\n'));
        return out.append("}\n").toString();
    }

    /** The 1-based line of the first line containing {@code text}. */
    int lineOf(String text) {
        String[] lines = text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " not in\n" + text());
    }

    JavaFileObject file() {
        return JavaFileObjects.forSourceString(qualifiedName(), text());
    }
}
