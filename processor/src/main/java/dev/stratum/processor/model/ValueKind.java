package dev.stratum.processor.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Java value types a property may have: the Java type each stands for, whether it is a number or a point in time
 * (for the constraints that apply), and whether an entity can store it. A kind that is not persistable is checked in
 * {@code @Validatable} types only; an entity field of it is refused.
 */
public enum ValueKind {
    STRING("java.lang.String", null, Family.OTHER, true),
    BOOLEAN("java.lang.Boolean", "boolean", Family.OTHER, true),
    BYTE("java.lang.Byte", "byte", Family.NUMBER, true),
    SHORT("java.lang.Short", "short", Family.NUMBER, true),
    INT("java.lang.Integer", "int", Family.NUMBER, true),
    LONG("java.lang.Long", "long", Family.NUMBER, true),
    FLOAT("java.lang.Float", "float", Family.NUMBER, true),
    DOUBLE("java.lang.Double", "double", Family.NUMBER, true),
    BIG_DECIMAL("java.math.BigDecimal", null, Family.NUMBER, true),
    BIG_INTEGER("java.math.BigInteger", null, Family.NUMBER, true),
    LOCAL_DATE("java.time.LocalDate", null, Family.TIME, true),
    LOCAL_TIME("java.time.LocalTime", null, Family.TIME, true),
    LOCAL_DATE_TIME("java.time.LocalDateTime", null, Family.TIME, true),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", null, Family.TIME, true),
    INSTANT("java.time.Instant", null, Family.TIME, true),
    OFFSET_TIME("java.time.OffsetTime", null, Family.TIME, false),
    ZONED_DATE_TIME("java.time.ZonedDateTime", null, Family.TIME, false),
    MONTH_DAY("java.time.MonthDay", null, Family.TIME, false),
    YEAR("java.time.Year", null, Family.TIME, false),
    YEAR_MONTH("java.time.YearMonth", null, Family.TIME, false),
    HIJRAH_DATE("java.time.chrono.HijrahDate", null, Family.TIME, false),
    JAPANESE_DATE("java.time.chrono.JapaneseDate", null, Family.TIME, false),
    MINGUO_DATE("java.time.chrono.MinguoDate", null, Family.TIME, false),
    THAI_BUDDHIST_DATE("java.time.chrono.ThaiBuddhistDate", null, Family.TIME, false),
    DATE("java.util.Date", null, Family.TIME, false),
    CALENDAR("java.util.Calendar", null, Family.TIME, false),
    UUID("java.util.UUID", null, Family.OTHER, true),
    ENUM(null, null, Family.OTHER, true);

    /** What the constraints see in a value. */
    private enum Family { NUMBER, TIME, OTHER }

    private final String javaType;
    private final String primitive;
    private final Family family;
    private final boolean persistable;

    ValueKind(String javaType, String primitive, Family family, boolean persistable) {
        this.javaType = javaType;
        this.primitive = primitive;
        this.family = family;
        this.persistable = persistable;
    }

    /** The kind of the class or boxed type {@code qualifiedName}, if it is one (never {@link #ENUM}). */
    public static Optional<ValueKind> ofJavaType(String qualifiedName) {
        return Arrays.stream(values()).filter(kind -> qualifiedName.equals(kind.javaType)).findFirst();
    }

    /** The kind of the primitive type {@code name} ({@code int}), if Stratum supports it. */
    public static Optional<ValueKind> ofPrimitive(String name) {
        return Arrays.stream(values()).filter(kind -> name.equals(kind.primitive)).findFirst();
    }

    /** The qualified (boxed) Java type, {@code java.lang.Integer}; {@code null} for {@link #ENUM}, whose type varies. */
    public String javaType() {
        return javaType;
    }

    /** The simple name of the (boxed) Java type, {@code Integer}; {@code null} for {@link #ENUM}. */
    public String simpleName() {
        return javaType == null ? null : javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** The primitive's name, {@code int}, or {@code null} when the kind has no primitive. */
    public String primitive() {
        return primitive;
    }

    /** Whether an entity field may have this kind: a column type, JDBC, JSON and OpenAPI mapping exist for it. */
    public boolean persistable() {
        return persistable;
    }

    /** Whether values of this kind are numbers (for the numeric constraints). */
    public boolean isNumeric() {
        return family == Family.NUMBER;
    }

    /** Whether values of this kind are points or dates in time (for {@code @Past}, {@code @Future}, ...). */
    public boolean isTemporal() {
        return family == Family.TIME;
    }
}
