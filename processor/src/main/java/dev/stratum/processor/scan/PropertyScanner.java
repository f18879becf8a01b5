package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.PropertyModel.Stamp;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads one persistent field into a {@link PropertyModel}, reporting what it cannot map. */
final class PropertyScanner {

    /** The length of an enum column when {@code @Column(length)} does not say. */
    static final int DEFAULT_ENUM_LENGTH = 64;
    /** The length of a server-owned string column when nothing says; request-carried strings must declare one. */
    static final int DEFAULT_SERVER_STRING_LENGTH = 255;
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;
    /** The column of a hashed secret: room for any of Spring Security's encodings with its {@code {id}} prefix. */
    static final int HASH_LENGTH = 255;
    /** The bytes of a secret bcrypt reads; it ignores the rest. */
    static final int BCRYPT_MAX_BYTES = 72;
    private static final Pattern SQL_LITERAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|'([^']|'')*'|true|false");

    private final Mirrors mirrors;
    private final Types types;
    private final Report report;
    private final ConstraintReader constraints;

    PropertyScanner(Mirrors mirrors, ProcessingEnvironment env, Report report) {
        this.mirrors = mirrors;
        this.types = env.getTypeUtils();
        this.report = report;
        // Custom constraints too: the entity's validator creates their validators as @Validatable ones do.
        this.constraints = new ConstraintReader(mirrors, report, env);
    }

    Optional<PropertyModel> scan(TypeElement entity, VariableElement field, Role role, Location at) {
        Optional<ValueType> type = storable(field, at, "");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get().kind() == ValueKind.ENUM && !storedByName(field, at)) {
            return Optional.empty();
        }
        String name = field.getSimpleName().toString();
        Optional<String> getter = accessor(entity, field, getterNames(name, type.get()), 0);
        Optional<String> setter = accessor(entity, field, List.of("set" + Naming.capitalize(name)), 1);
        if (getter.isEmpty() || setter.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter "
                    + getterNames(name, type.get()).get(0) + "() and setter set" + Naming.capitalize(name)
                    + "(value): generated code reads and writes fields through accessors, never by reflection");
            return Optional.empty();
        }
        Optional<Stamp> stamp = StampReader.read(field, at, report);
        boolean serverOwned = role != Role.FIELD || Mirrors.has(field, Jpa.SERVER_OWNED) || stamp.isPresent();
        List<Constraint> declared = constraints.read(field, at);
        boolean alwaysStamped = stamp.filter(s -> s == Stamp.OWNER || s.fromClock()).isPresent();
        ColumnModel column = column(field, name, type.get(), role, serverOwned, declared, at);
        if (alwaysStamped) {
            column = column.notNull();
        }
        var property = new PropertyModel(name, column, type.get(), getter.get(), setter.get(), role,
                serverOwned, Mirrors.has(field, Jpa.SENSITIVE), declared);
        if (hashed(field)) {
            return hashedSecret(field, property, at);
        }
        return Optional.of(stamp.map(property::stamped).orElse(property));
    }

    /**
     * The field's value type if a column can hold it; otherwise reports {@code UnsupportedType}, saying whether it is a
     * type only {@code @Validatable} records take ({@code MonthDay}, {@code Date}, ...) or none at all.
     */
    private Optional<ValueType> storable(VariableElement field, Location at, String where) {
        Optional<ValueType> type = TypeMapper.map(field.asType());
        if (type.isPresent() && type.get().kind().persistable()) {
            return type;
        }
        String problem = type.isPresent()
                ? " can be validated in a @Validatable type but not stored in an entity"
                : " is not supported" + where;
        report.error(Code.UNSUPPORTED_TYPE, at, "type " + field.asType() + " of " + at.describe() + problem
                + "; use one of " + storableTypes() + " or an enum, or mark the field @Transient");
        return Optional.empty();
    }

    /** The types an entity field may have, but enums: {@code String, boolean/Boolean, byte/Byte, ...}. */
    private static String storableTypes() {
        return Arrays.stream(ValueKind.values())
                .filter(kind -> kind.persistable() && kind != ValueKind.ENUM)
                .map(kind -> kind.primitive() == null ? kind.simpleName() : kind.primitive() + "/" + kind.simpleName())
                .collect(Collectors.joining(", "));
    }

    /**
     * A field of an embeddable: its column named {@code prefix} + its own column name, nullable unless the embedded
     * value is required and so is the field, and its type never primitive (a missing value reads as NULL columns).
     * A {@code @RenamedFrom} names the field's previous column without the prefix, as its {@code @Column(name)} does.
     * A record's component is read by its accessor and has no setter.
     */
    Optional<PropertyModel> scanComponent(TypeElement embeddable, boolean record, VariableElement field, String prefix,
            boolean embeddingRequired, Location at) {
        Optional<ValueType> mapped = storable(field, at, " in an embeddable");
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        if (mapped.get().kind() == ValueKind.ENUM && !storedByName(field, at)) {
            return Optional.empty();
        }
        ValueType type = new ValueType(mapped.get().kind(), false, mapped.get().enumType(),
                mapped.get().enumConstants());
        String name = field.getSimpleName().toString();
        Optional<String> getter = record ? Optional.of(name)
                : accessor(embeddable, field, getterNames(name, mapped.get()), 0);
        Optional<String> setter = record ? Optional.of("") : accessor(embeddable, field,
                List.of("set" + Naming.capitalize(name)), 1);
        if (getter.isEmpty() || setter.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter "
                    + getterNames(name, mapped.get()).get(0) + "() and setter set" + Naming.capitalize(name)
                    + "(value), or make " + embeddable.getSimpleName() + " a record");
            return Optional.empty();
        }
        List<Constraint> declared = constraints.read(field, at);
        ColumnModel own = column(field, name, mapped.get(), Role.FIELD, false, declared, at);
        ColumnModel column = new ColumnModel(prefix + own.name(), own.nullable() || !embeddingRequired, own.length(),
                own.precision(), own.scale(), own.unique(), own.defaultValue(), own.renamedFrom().map(from -> prefix + from));
        return Optional.of(new PropertyModel(name, column, type, getter.get(), setter.get(), Role.FIELD, false, false,
                declared));
    }

    private boolean hashed(VariableElement field) {
        return Mirrors.find(field, Jpa.SENSITIVE).map(sensitive -> mirrors.bool(sensitive, "hashed")).orElse(false);
    }

    /**
     * A {@code @Sensitive(hashed = true)} field: a request-carried {@code String} whose clear text bcrypt can hash
     * whole ({@code @Size(max <= 72)}), not required on update (the hash is never sent back, so an update carries the
     * secret only to change it), stored in a column sized for the hash.
     */
    private Optional<PropertyModel> hashedSecret(VariableElement field, PropertyModel property, Location at) {
        Location sensitive = at.annotation(Jpa.SENSITIVE);
        if (property.type().kind() != ValueKind.STRING || !property.acceptedFromRequest()) {
            report.error(Code.INVALID_SECRET, sensitive, "@Sensitive(hashed = true) on " + at.describe() + " needs a"
                    + " String field a request can set; hash only a password-like value, not an id, version or"
                    + " server-owned field");
            return Optional.empty();
        }
        Optional<Constraint.Size> size = property.constraint(Constraint.Size.class);
        if (size.isEmpty() || size.get().max() > BCRYPT_MAX_BYTES) {
            report.error(Code.INVALID_SECRET, size.isPresent() ? at.annotation("jakarta.validation.constraints.Size")
                    : sensitive, "the hashed secret " + at.describe() + " needs @Size(max) of at most "
                    + BCRYPT_MAX_BYTES + ": bcrypt reads only the first " + BCRYPT_MAX_BYTES + " bytes, so a longer"
                    + " secret would match any text that shares them; add @Size(max = " + BCRYPT_MAX_BYTES
                    + ") or less");
            return Optional.empty();
        }
        Optional<Constraint> requiredOnUpdate = property.constraints().stream()
                .filter(c -> c instanceof Constraint.NotNull || c instanceof Constraint.NotBlank
                        || c instanceof Constraint.NotEmpty)
                .filter(c -> c.defaultOnly() || c.groups().contains("dev.stratum.annotations.Update")
                        || c.groups().contains("jakarta.validation.groups.Default"))
                .findFirst();
        if (requiredOnUpdate.isPresent()) {
            report.error(Code.INVALID_SECRET, at.annotation("jakarta.validation.constraints."
                    + requiredOnUpdate.get().name()), "@" + requiredOnUpdate.get().name() + " on the hashed secret "
                    + at.describe() + " also requires it on every update, but its hash is never sent back, so"
                    + " an update carries it only to change it; write @" + requiredOnUpdate.get().name()
                    + "(groups = Create.class)");
            return Optional.empty();
        }
        Optional<Integer> columnLength = Mirrors.find(field, Jpa.COLUMN)
                .flatMap(c -> Mirrors.explicitValue(c, "length")).map(Integer.class::cast);
        if (columnLength.isPresent() && columnLength.get() < HASH_LENGTH) {
            report.error(Code.INVALID_SECRET, at.annotation(Jpa.COLUMN), "@Column(length = " + columnLength.get()
                    + ") on the hashed secret " + at.describe() + " cannot hold its hash; remove the length, Stratum"
                    + " sizes the column for the hash (" + HASH_LENGTH + ")");
            return Optional.empty();
        }
        ColumnModel stored = property.column();
        return Optional.of(property.hashedSecret(new ColumnModel(stored.name(), stored.nullable(),
                columnLength.orElse(HASH_LENGTH), 0, 0, stored.unique(), stored.defaultValue(), stored.renamedFrom())));
    }

    private boolean storedByName(VariableElement field, Location at) {
        Optional<AnnotationMirror> enumerated = Mirrors.find(field, Jpa.ENUMERATED);
        if (enumerated.isPresent() && mirrors.enumName(enumerated.get(), "value").equals("STRING")) {
            return true;
        }
        report.error(Code.ENUM_MAPPING, enumerated.map(m -> at.annotation(Jpa.ENUMERATED)).orElse(at),
                at.describe() + " must be stored by name: add @Enumerated(EnumType.STRING), so reordering the"
                        + " enum's constants never changes stored data");
        return false;
    }

    private ColumnModel column(VariableElement field, String name, ValueType type, Role role, boolean serverOwned,
            List<Constraint> declared, Location at) {
        Optional<AnnotationMirror> column = Mirrors.find(field, Jpa.COLUMN);
        String columnName = column.flatMap(c -> Mirrors.explicitValue(c, "name"))
                .map(String.class::cast).filter(n -> !n.isBlank())
                .orElse(Naming.snakeCase(name));
        boolean nullableByColumn = column.map(c -> mirrors.bool(c, "nullable")).orElse(true);
        boolean required = type.primitive() || role != Role.FIELD || declared.stream().anyMatch(c ->
                c instanceof Constraint.NotNull || c instanceof Constraint.NotBlank || c instanceof Constraint.NotEmpty);
        boolean lob = Mirrors.has(field, Jpa.LOB);
        if (lob && type.kind() != ValueKind.STRING) {
            report.error(Code.INVALID_COLUMN, at.annotation(Jpa.LOB), "@Lob on " + at.describe() + " of type "
                    + field.asType() + " is not supported; Stratum stores only String fields as large objects");
        }
        int length = switch (type.kind()) {
            case STRING -> lob ? 0 : stringLength(column, declared, serverOwned, at);
            case ENUM -> column.flatMap(c -> Mirrors.explicitValue(c, "length")).map(Integer.class::cast)
                    .orElse(DEFAULT_ENUM_LENGTH);
            default -> 0;
        };
        int precision = 0;
        int scale = 0;
        if (type.kind() == ValueKind.BIG_DECIMAL || type.kind() == ValueKind.BIG_INTEGER) {
            Optional<Constraint.Digits> digits = declared.stream()
                    .filter(Constraint.Digits.class::isInstance).map(Constraint.Digits.class::cast).findFirst();
            // A BigInteger has no fraction: its digits are @Digits(integer), its scale 0 unless @Column says else.
            boolean whole = type.kind() == ValueKind.BIG_INTEGER;
            int fraction = whole ? 0 : digits.map(Constraint.Digits::fraction).orElse(DEFAULT_SCALE);
            precision = explicitInt(column, "precision").filter(p -> p > 0)
                    .orElse(digits.map(d -> d.integer() + fraction).orElse(DEFAULT_PRECISION));
            scale = explicitInt(column, "scale").orElse(fraction);
        }
        boolean unique = column.map(c -> mirrors.bool(c, "unique")).orElse(false);
        return new ColumnModel(columnName, nullableByColumn && !required, length, precision, scale, unique,
                columnDefault(field, at), Mirrors.stringValue(field, Jpa.RENAMED_FROM), lob);
    }

    /**
     * The declared maximum length: {@code @Column(length)} when written, else {@code @Size(max)}. Zero means none was
     * declared for a string a request can carry, which the rules report.
     */
    private int stringLength(Optional<AnnotationMirror> column, List<Constraint> declared, boolean serverOwned,
            Location at) {
        Optional<Integer> columnLength = column.flatMap(c -> Mirrors.explicitValue(c, "length")).map(Integer.class::cast);
        Optional<Integer> sizeMax = declared.stream()
                .filter(Constraint.Size.class::isInstance).map(c -> ((Constraint.Size) c).max())
                .filter(max -> max != Integer.MAX_VALUE).findFirst();
        if (columnLength.isPresent() && sizeMax.isPresent() && sizeMax.get() > columnLength.get()) {
            report.error(Code.SIZE_EXCEEDS_COLUMN, at.annotation("jakarta.validation.constraints.Size"),
                    "@Size(max = " + sizeMax.get() + ") on " + at.describe() + " exceeds @Column(length = "
                            + columnLength.get() + "); lower max to " + columnLength.get() + " or widen the column");
        }
        return columnLength.or(() -> sizeMax).orElse(serverOwned ? DEFAULT_SERVER_STRING_LENGTH : 0);
    }

    /** The declared default, when it is a literal both dialects read alike; anything else is reported. */
    private Optional<String> columnDefault(VariableElement field, Location at) {
        Optional<String> literal = Mirrors.stringValue(field, Jpa.COLUMN_DEFAULT);
        if (literal.isPresent() && !SQL_LITERAL.matcher(literal.get()).matches()) {
            report.error(Code.INVALID_COLUMN, at.annotation(Jpa.COLUMN_DEFAULT), "@ColumnDefault(\"" + literal.get()
                    + "\") on " + at.describe() + " is not a SQL literal; write a number, a string in single quotes"
                    + " (e.g. \"'unknown'\"), true or false");
            return Optional.empty();
        }
        return literal;
    }

    private static Optional<Integer> explicitInt(Optional<AnnotationMirror> column, String attribute) {
        return column.flatMap(c -> Mirrors.explicitValue(c, attribute)).map(Integer.class::cast);
    }

    private static List<String> getterNames(String name, ValueType type) {
        String suffix = Naming.capitalize(name);
        return type.kind() == ValueKind.BOOLEAN && type.primitive()
                ? List.of("is" + suffix, "get" + suffix)
                : List.of("get" + suffix);
    }

    /** The first non-private method among {@code names} with the given arity and the field's type. */
    Optional<String> accessor(TypeElement entity, VariableElement field, List<String> names, int arity) {
        for (String candidate : names) {
            for (ExecutableElement method : ElementFilter.methodsIn(entity.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(candidate)
                        && !method.getModifiers().contains(Modifier.PRIVATE)
                        && !method.getModifiers().contains(Modifier.STATIC)
                        && method.getParameters().size() == arity
                        && types.isSameType(arity == 0 ? method.getReturnType()
                                : method.getParameters().get(0).asType(), field.asType())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
