package dev.stratum.processor.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differential test's corpus: for every value type a generated validator checks, one {@code @Validatable} record
 * whose components carry every constraint that applies to the type, with boundary-probing attributes. Each component
 * is {@code v0}, {@code v1}, ... so a violation's path names the constraint configuration that produced it.
 */
final class Corpus {

    static final String PACKAGE = "example.corpus";

    /** Number constraints shared by every numeric type; bounds chosen so generated values straddle them. */
    private static final List<String> NUMBERS = List.of(
            "@Min(-3)", "@Max(7)", "@Min(-3) @Max(7)", "@Min(0)", "@Max(0)", "@Min(2147483648L)", "@Max(-2147483649L)",
            "@Min(-9223372036854775808L)", "@Max(9223372036854775807L)",
            "@DecimalMin(\"0.5\")", "@DecimalMin(value = \"-10.25\", inclusive = false)", "@DecimalMin(\"-3\")",
            "@DecimalMax(\"7\")", "@DecimalMax(value = \"7\", inclusive = false)", "@DecimalMax(\"-10.25\")",
            "@DecimalMin(\"1E+3\")", "@DecimalMax(value = \"0.0001\", inclusive = false)",
            "@Positive", "@PositiveOrZero", "@Negative", "@NegativeOrZero",
            "@Digits(integer = 2, fraction = 0)", "@Digits(integer = 0, fraction = 3)", "@Digits(integer = 4, fraction = 1)",
            "@Digits(integer = 19, fraction = 0)", "@Min(value = 1, message = \"at least {value}\")",
            "@DecimalMin(value = \"-10.25\", inclusive = false, message = \"over {value} (inclusive: {inclusive})\")",
            "@Digits(integer = 4, fraction = 1, message = \"{integer}.{fraction} digits {payload}, {nothing}\")");
    private static final List<String> DECIMAL_ONLY = List.of(
            "@Digits(integer = 3, fraction = 2)", "@Digits(integer = 0, fraction = 4)", "@Digits(integer = 1, fraction = 0)",
            "@DecimalMin(\"0.005\") @DecimalMax(\"999.99\")");
    /** Bounds at a byte's edges, beyond them, and digit counts a byte can and cannot exceed. */
    private static final List<String> BYTE_EDGES = List.of(
            "@Min(-128) @Max(127)", "@Min(127)", "@Max(-128)", "@Min(128)", "@Max(-129)",
            "@DecimalMax(\"127.5\")", "@DecimalMin(value = \"-128\", inclusive = false)",
            "@DecimalMax(value = \"127\", inclusive = false)", "@Digits(integer = 3, fraction = 0)",
            "@Digits(integer = 1, fraction = 5)");
    /** Bounds beyond a long, which only a BigInteger can straddle. */
    private static final List<String> BIG_INTEGER_EDGES = List.of(
            "@DecimalMax(\"9223372036854775808\")", "@DecimalMin(value = \"-9223372036854775809\", inclusive = false)",
            "@DecimalMin(\"18446744073709551616\")", "@DecimalMax(\"1E+20\")", "@DecimalMin(\"-1.5E+19\")",
            "@Digits(integer = 20, fraction = 0)", "@Digits(integer = 3, fraction = 2)", "@Digits(integer = 0, fraction = 0)");
    /**
     * The constraints the specification lets text spell a number for ({@code @DecimalMin}, {@code @DecimalMax},
     * {@code @Digits}): the numeric ones of {@link #NUMBERS} and {@link #DECIMAL_ONLY} without {@code @Min},
     * {@code @Max} or a sign, and a few of text's own beside them.
     */
    private static final List<String> NUMERIC_TEXTS = List.of(
            "@NotBlank @Digits(integer = 3, fraction = 2)", "@Size(max = 4) @DecimalMax(\"99\")",
            "@DecimalMin(\"0\") @DecimalMax(\"1E+3\")", "@Digits(integer = 2, fraction = 2)",
            "@DecimalMin(\"-0.0\")", "@Digits(integer = 1, fraction = 1)");
    /** The Java type of the numeric text corpus, whose values are numbers spelled well and badly. */
    static final String NUMERIC_TEXT = "NumericText";
    private static final List<String> TEXTS = List.of(
            "@NotNull", "@NotBlank", "@NotEmpty", "@Size(min = 2, max = 5)", "@Size(max = 0)", "@Size(min = 1)",
            "@Size(min = 3, max = 3)", "@Email", "@Email(regexp = \".+@example\\\\.org\")",
            "@Email(regexp = \"[a-z@.]+\", flags = Pattern.Flag.CASE_INSENSITIVE)", "@Pattern(regexp = \"[a-z]{2,4}\")",
            "@Pattern(regexp = \"a.c\", flags = Pattern.Flag.DOTALL)", "@Pattern(regexp = \"\\\\s*\")",
            "@Pattern(regexp = \"abc\", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.UNICODE_CASE})",
            "@Pattern(regexp = \"^a\", flags = Pattern.Flag.MULTILINE)", "@NotBlank(message = \"say something\")",
            "@NotBlank @Size(max = 3) @Pattern(regexp = \"[a-c ]*\")",
            "@Size(min = 2, max = 5, message = \"{min} to {max}: {jakarta.validation.constraints.Size.message}\")",
            "@Pattern(regexp = \"[a-z]{2,4}\", flags = Pattern.Flag.CASE_INSENSITIVE, message = \"{regexp} {flags} {groups}\")",
            "@NotEmpty(message = \"{jakarta.validation.constraints.NotNull.message} $ {min}\")");
    private static final List<String> TIMES = List.of(
            "@Past", "@PastOrPresent", "@Future", "@FutureOrPresent", "@NotNull", "@NotNull @Past");
    private static final List<String> BOOLEANS = List.of("@AssertTrue", "@AssertFalse", "@NotNull @AssertTrue");

    /** A record of nested corpus records, so paths like {@code text.v3} are compared too. */
    static final String NESTED = "NestedCorpus";
    /** The component types of {@link #NESTED}, in order: corpus records by simple name, or a value type. */
    static final List<String> NESTED_COMPONENTS = List.of("StringCorpus", "DateCorpus", "IntCorpus", "InstantCorpus",
            "String");

    /** A record of containers: element, map key and map value constraints, and nested corpus records as elements. */
    static final String CONTAINERS = "ContainerCorpus";
    /** The components of {@link #CONTAINERS}: the Java type (element types as corpus records or value types). */
    static final List<String> CONTAINER_COMPONENTS = List.of(
            "@Size(min = 1, max = 3) List<@NotBlank @Size(max = 4) String>",
            "@NotEmpty @Size(max = 4) Set<@Pattern(regexp = \"[a-c ]*\") @NotNull String>",
            "@Size(max = 3) Map<@Size(min = 1, max = 2) String, @NotNull @Positive Integer>",
            "Optional<@Email String>",
            "@NotNull Optional<@NotNull @Past LocalDate>",
            "@NotNull @Size(max = 3) List<@Valid StringCorpus>",
            "@Size(max = 4) Map<@NotBlank String, @Valid @NotNull DateCorpus>",
            "@Size(max = 5) List<@Min(-3) @Max(7) Long>",
            "@Size(max = 2) List<@DecimalMin(\"0.5\") @Digits(integer = 1, fraction = 2) BigDecimal>",
            "@Valid @Size(max = 3) List<IntCorpus>",
            "Optional<@Valid InstantCorpus>",
            "@Size(max = 6) Set<@Valid BooleanCorpus>",
            "@Size(max = 2) Map<@Email String, @Size(max = 1) String>",
            "@Size(min = 2, max = 2) List<String>");

    /** A record of arrays and of containers of containers, up to three deep. */
    static final String DEEP = "DeepCorpus";
    /** The components of {@link #DEEP}: the Java type (element types as corpus records or value types). */
    static final List<String> DEEP_COMPONENTS = List.of(
            "@NotNull @Size(min = 1, max = 3) String[]",
            "@NotEmpty @Size(max = 4) int[]",
            "@Size(max = 2) long[]",
            "@Valid @Size(max = 3) StringCorpus[]",
            "@Size(min = 2, max = 5) Integer[]",
            "@NotEmpty @Size(max = 3) BigDecimal[]",
            "@Valid @NotNull @Size(max = 2) DateCorpus[]",
            "@Size(max = 3) List<@NotNull @Size(max = 2) List<@NotBlank @Size(max = 3) String>>",
            "@Size(max = 3) Map<@Size(max = 2) String, @NotEmpty @Size(max = 3) List<@NotNull @Positive Integer>>",
            "Optional<@Size(max = 2) List<@NotBlank String>>",
            "@Size(max = 3) List<Optional<@Email String>>",
            "@Size(max = 4) Set<@Size(min = 1, max = 3) List<@Pattern(regexp = \"[a-c]*\") String>>",
            "@Size(max = 3) Map<String, @Size(max = 3) Map<@NotBlank String, @NotNull @Min(0) Long>>",
            "@Size(max = 2) List<@Size(max = 3) List<@Valid IntCorpus>>",
            "@Size(max = 2) Map<String, @Size(max = 2) List<@Valid @NotNull DateCorpus>>",
            "@Size(max = 3) List<@Size(max = 2) List<@Size(max = 2) List<@NotBlank String>>>",
            "@Size(max = 2) List<Optional<@Valid StringCorpus>>",
            "@Size(max = 2) List<@NotNull @Size(max = 2) Map<@Size(min = 1, max = 2) String, @Past LocalDate>>",
            "@Size(max = 2) List<@Size(max = 2) List<String>>");

    /** A record whose constraints belong to validation groups, validated for several group sets. */
    static final String GROUPED = "GroupCorpus";
    /** A group extending the default group, so requesting it checks the default constraints too. */
    static final String STRICT = "Strict";
    static final List<String> GROUPED_COMPONENTS = List.of(
            "@NotNull(groups = Create.class) Long",
            "@NotBlank @Size(max = 3, groups = {Default.class, Update.class}) String",
            "@Min(value = 0, groups = Update.class) @Max(value = 7, groups = Strict.class) @Positive Integer",
            "@Size(max = 2, groups = Create.class) List<@NotBlank(groups = Update.class) @Size(max = 2) String>",
            "@Valid @NotNull(groups = {Create.class, Update.class}) StringCorpus",
            "@Email(groups = Strict.class) @Pattern(regexp = \"[a-c]*\", groups = Create.class) String");

    /** A record of custom constraints, on values, list elements and map keys and values. */
    static final String CUSTOM = "CustomCorpus";
    static final List<String> CUSTOM_COMPONENTS = List.of(
            "@Divisible Integer",
            "@Divisible(by = 3, message = \"not a multiple of {by}\") Long",
            "@Divisible(by = 4) int",
            "@Palindrome(minLength = 2) String",
            "@Size(max = 3) List<@Palindrome @NotNull String>",
            "@Size(max = 3) Map<@Palindrome String, @Divisible(by = 5) Integer>",
            "@Palindrome @Size(max = 3) @Divisible(groups = Create.class) String");

    /** The custom corpus's own sources by simple name: its annotations, their validators and the record. */
    static Map<String, String> customSources() {
        var sources = new LinkedHashMap<String, String>();
        String imports = "package " + PACKAGE + ";\n\n"
                + "import jakarta.validation.Constraint;\n"
                + "import jakarta.validation.ConstraintValidator;\n"
                + "import jakarta.validation.ConstraintValidatorContext;\n"
                + "import jakarta.validation.Payload;\n"
                + "import java.lang.annotation.*;\n\n";
        sources.put("Divisible", imports
                + "@Constraint(validatedBy = {DivisibleInteger.class, DivisibleLong.class, DivisibleText.class})\n"
                + "@Retention(RetentionPolicy.RUNTIME)\n@Target({ElementType.FIELD, ElementType.TYPE_USE})\n"
                + "public @interface Divisible {\n"
                + "    String message() default \"must be divisible by {by}\";\n"
                + "    Class<?>[] groups() default {};\n"
                + "    Class<? extends Payload>[] payload() default {};\n"
                + "    long by() default 2;\n}\n");
        sources.put("DivisibleInteger", imports
                + "public class DivisibleInteger implements ConstraintValidator<Divisible, Integer> {\n"
                + "    private long by;\n"
                + "    @Override public void initialize(Divisible constraint) { by = constraint.by(); }\n"
                + "    @Override public boolean isValid(Integer value, ConstraintValidatorContext context) {\n"
                + "        return value == null || value % by == 0;\n    }\n}\n");
        sources.put("DivisibleLong", imports
                + "public class DivisibleLong implements ConstraintValidator<Divisible, Long> {\n"
                + "    private long by;\n"
                + "    @Override public void initialize(Divisible constraint) { by = constraint.by(); }\n"
                + "    @Override public boolean isValid(Long value, ConstraintValidatorContext context) {\n"
                + "        return value == null || value % by == 0;\n    }\n}\n");
        sources.put("DivisibleText", imports
                + "public class DivisibleText implements ConstraintValidator<Divisible, CharSequence> {\n"
                + "    private long by;\n"
                + "    @Override public void initialize(Divisible constraint) { by = constraint.by(); }\n"
                + "    @Override public boolean isValid(CharSequence value, ConstraintValidatorContext context) {\n"
                + "        return value == null || value.length() % by == 0;\n    }\n}\n");
        sources.put("Palindrome", imports
                + "@Constraint(validatedBy = PalindromeValidator.class)\n"
                + "@Retention(RetentionPolicy.RUNTIME)\n@Target({ElementType.FIELD, ElementType.TYPE_USE})\n"
                + "public @interface Palindrome {\n"
                + "    String message() default \"{example.corpus.Palindrome.message}\";\n"
                + "    Class<?>[] groups() default {};\n"
                + "    Class<? extends Payload>[] payload() default {};\n"
                + "    int minLength() default 0;\n}\n");
        sources.put("PalindromeValidator", imports
                + "public class PalindromeValidator implements ConstraintValidator<Palindrome, String> {\n"
                + "    private int minLength;\n"
                + "    @Override public void initialize(Palindrome constraint) { minLength = constraint.minLength(); }\n"
                + "    @Override public boolean isValid(String value, ConstraintValidatorContext context) {\n"
                + "        return value == null || value.length() >= minLength\n"
                + "                && new StringBuilder(value).reverse().toString().equals(value);\n    }\n}\n");
        var record = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import dev.stratum.annotations.Create;\n")
                .append("import dev.stratum.annotations.Validatable;\n")
                .append("import jakarta.validation.constraints.*;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n\n")
                .append("@Validatable\npublic record ").append(CUSTOM).append("(\n");
        for (int i = 0; i < CUSTOM_COMPONENTS.size(); i++) {
            record.append("        ").append(CUSTOM_COMPONENTS.get(i)).append(" v").append(i)
                    .append(i + 1 < CUSTOM_COMPONENTS.size() ? ",\n" : ") {\n}\n");
        }
        sources.put(CUSTOM, record.toString());
        return sources;
    }

    private Corpus() {
    }

    /** The source of {@link #GROUPED}. */
    static String groupedSource() {
        var source = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import dev.stratum.annotations.Create;\n")
                .append("import dev.stratum.annotations.Update;\n")
                .append("import dev.stratum.annotations.Validatable;\n")
                .append("import jakarta.validation.Valid;\n")
                .append("import jakarta.validation.constraints.*;\n")
                .append("import jakarta.validation.groups.Default;\n")
                .append("import java.util.List;\n\n")
                .append("@Validatable\npublic record ").append(GROUPED).append("(\n");
        for (int i = 0; i < GROUPED_COMPONENTS.size(); i++) {
            source.append("        ").append(GROUPED_COMPONENTS.get(i)).append(" v").append(i)
                    .append(i + 1 < GROUPED_COMPONENTS.size() ? ",\n" : ") {\n}\n");
        }
        return source.toString();
    }

    /** The source of {@link #STRICT}. */
    static String strictSource() {
        return "package " + PACKAGE + ";\n\npublic interface " + STRICT
                + " extends jakarta.validation.groups.Default {\n}\n";
    }

    /** The source of {@link #CONTAINERS}. */
    static String containerSource() {
        return containerSource(CONTAINERS, CONTAINER_COMPONENTS);
    }

    /** The source of {@link #DEEP}. */
    static String deepSource() {
        return containerSource(DEEP, DEEP_COMPONENTS);
    }

    private static String containerSource(String record, List<String> components) {
        var source = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import dev.stratum.annotations.Validatable;\n")
                .append("import jakarta.validation.Valid;\n")
                .append("import jakarta.validation.constraints.*;\n")
                .append("import java.math.BigDecimal;\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n")
                .append("import java.util.Optional;\n")
                .append("import java.util.Set;\n\n")
                .append("@Validatable\npublic record ").append(record).append("(\n");
        for (int i = 0; i < components.size(); i++) {
            source.append("        ").append(components.get(i)).append(" v").append(i)
                    .append(i + 1 < components.size() ? ",\n" : ") {\n}\n");
        }
        return source.toString();
    }

    /** A component's type without its annotations, value types qualified: {@code Map<String,DateCorpus>}. */
    static String bareType(String component) {
        return component.replaceAll("@\\w+(\\([^()]*\\))?\\s*", "").replace(" ", "")
                .replace("LocalDate", "java.time.LocalDate").replace("BigDecimal", "java.math.BigDecimal");
    }

    /** The source of {@link #NESTED}. */
    static String nestedSource() {
        return "package " + PACKAGE + ";\n\n"
                + "import dev.stratum.annotations.Validatable;\n"
                + "import jakarta.validation.Valid;\n"
                + "import jakarta.validation.constraints.*;\n\n"
                + "@Validatable\npublic record " + NESTED + "(\n"
                + "        @Valid StringCorpus text,\n"
                + "        @NotNull @Valid DateCorpus dates,\n"
                + "        @Valid IntCorpus ints,\n"
                + "        @Valid InstantCorpus instants,\n"
                + "        @NotBlank String label) {\n}\n";
    }

    /** The Java type of each corpus record's components, by record name. */
    static Map<String, String> types() {
        var types = new LinkedHashMap<String, String>();
        types.put("IntegerCorpus", "Integer");
        types.put("IntCorpus", "int");
        types.put("LongWrapperCorpus", "Long");
        types.put("LongCorpus", "long");
        types.put("DecimalCorpus", "java.math.BigDecimal");
        types.put("StringCorpus", "String");
        types.put("DateCorpus", "java.time.LocalDate");
        types.put("InstantCorpus", "java.time.Instant");
        types.put("ShortCorpus", "Short");
        types.put("ShortPrimitiveCorpus", "short");
        types.put("DoubleCorpus", "Double");
        types.put("DoublePrimitiveCorpus", "double");
        types.put("FloatCorpus", "Float");
        types.put("FloatPrimitiveCorpus", "float");
        types.put("TimeCorpus", "java.time.LocalTime");
        types.put("DateTimeCorpus", "java.time.LocalDateTime");
        types.put("OffsetDateTimeCorpus", "java.time.OffsetDateTime");
        types.put("ByteCorpus", "Byte");
        types.put("BytePrimitiveCorpus", "byte");
        types.put("BigIntegerCorpus", "java.math.BigInteger");
        types.put("NumericTextCorpus", NUMERIC_TEXT);
        types.put("OffsetTimeCorpus", "java.time.OffsetTime");
        types.put("ZonedDateTimeCorpus", "java.time.ZonedDateTime");
        types.put("MonthDayCorpus", "java.time.MonthDay");
        types.put("YearCorpus", "java.time.Year");
        types.put("YearMonthCorpus", "java.time.YearMonth");
        types.put("HijrahDateCorpus", "java.time.chrono.HijrahDate");
        types.put("JapaneseDateCorpus", "java.time.chrono.JapaneseDate");
        types.put("MinguoDateCorpus", "java.time.chrono.MinguoDate");
        types.put("ThaiBuddhistDateCorpus", "java.time.chrono.ThaiBuddhistDate");
        types.put("LegacyDateCorpus", "java.util.Date");
        types.put("CalendarCorpus", "java.util.Calendar");
        types.put("BooleanCorpus", "Boolean");
        types.put("BoolCorpus", "boolean");
        types.put("UuidCorpus", "java.util.UUID");
        types.put("EnumCorpus", "java.time.DayOfWeek");
        return types;
    }

    /** The constraint configurations of one record's components, in component order. */
    static List<String> constraints(String type) {
        return switch (type) {
            case "Integer", "Long", "Short" -> with("@NotNull", NUMBERS);
            case "int", "long", "short" -> NUMBERS;
            case "Byte" -> with("@NotNull", concat(NUMBERS, BYTE_EDGES));
            case "byte" -> concat(NUMBERS, BYTE_EDGES);
            case "java.math.BigInteger" -> with("@NotNull", concat(concat(NUMBERS, DECIMAL_ONLY), BIG_INTEGER_EDGES));
            case NUMERIC_TEXT -> with("@NotNull", concat(spelledNumbers(concat(NUMBERS, DECIMAL_ONLY)), NUMERIC_TEXTS));
            case "java.math.BigDecimal" -> with("@NotNull", concat(NUMBERS, DECIMAL_ONLY));
            // without @Digits: the reference implementation throws on a NaN or an infinity there (ChecksTest covers it)
            case "Double", "Float" -> with("@NotNull", withoutDigits(concat(NUMBERS, DECIMAL_ONLY)));
            case "double", "float" -> withoutDigits(concat(NUMBERS, DECIMAL_ONLY));
            case "String" -> TEXTS;
            case "java.time.LocalDate", "java.time.Instant", "java.time.LocalTime", "java.time.LocalDateTime",
                    "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
                    "java.time.MonthDay", "java.time.Year", "java.time.YearMonth", "java.time.chrono.HijrahDate",
                    "java.time.chrono.JapaneseDate", "java.time.chrono.MinguoDate",
                    "java.time.chrono.ThaiBuddhistDate", "java.util.Date", "java.util.Calendar" -> TIMES;
            case "Boolean" -> with("@NotNull", BOOLEANS);
            case "boolean" -> List.of("@AssertTrue", "@AssertFalse");
            default -> List.of("@NotNull");
        };
    }

    /** The source of one corpus record. */
    static String source(String record, String type) {
        var source = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import dev.stratum.annotations.Validatable;\n")
                .append("import jakarta.validation.constraints.*;\n\n")
                .append("@Validatable\npublic record ").append(record).append("(\n");
        List<String> constraints = constraints(type);
        for (int i = 0; i < constraints.size(); i++) {
            source.append("        ").append(constraints.get(i)).append(' ').append(javaType(type)).append(" v").append(i)
                    .append(i + 1 < constraints.size() ? ",\n" : ") {\n}\n");
        }
        return source.toString();
    }

    /** The types issue 7 added, each of whose configurations the test expects broken at least once. */
    private static final Set<String> ADDED = Set.of("Byte", "byte", "java.math.BigInteger", NUMERIC_TEXT,
            "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.MonthDay", "java.time.Year",
            "java.time.YearMonth", "java.time.chrono.HijrahDate", "java.time.chrono.JapaneseDate",
            "java.time.chrono.MinguoDate", "java.time.chrono.ThaiBuddhistDate", "java.util.Date", "java.util.Calendar");
    /** Configurations every byte satisfies. */
    private static final List<String> BYTE_UNBREAKABLE = List.of("@Min(-9223372036854775808L)",
            "@Max(9223372036854775807L)", "@Min(-128) @Max(127)", "@Digits(integer = 19,", "@Digits(integer = 4,",
            "@Digits(integer = 3,", "@DecimalMax(\"127.5\")");

    /**
     * Whether the test expects a violation of {@code configuration} on {@code type}: on the added types, every one
     * that some value of the type can break.
     */
    static boolean breakable(String type, String configuration) {
        if (!ADDED.contains(type)) {
            return false;
        }
        return !type.equalsIgnoreCase("byte") || BYTE_UNBREAKABLE.stream().noneMatch(configuration::startsWith);
    }

    /** The Java type a corpus type key stands for: the numeric text corpus is of {@code String}. */
    static String javaType(String type) {
        return type.equals(NUMERIC_TEXT) ? "String" : type;
    }

    /** The configurations made of {@code @DecimalMin}, {@code @DecimalMax} and {@code @Digits} alone. */
    private static List<String> spelledNumbers(List<String> constraints) {
        return constraints.stream()
                .filter(constraint -> !constraint.matches(".*@(Min|Max|Positive|Negative).*"))
                .toList();
    }

    private static List<String> withoutDigits(List<String> constraints) {
        return constraints.stream().filter(constraint -> !constraint.contains("@Digits")).toList();
    }

    private static List<String> with(String first, List<String> rest) {
        return concat(List.of(first), rest);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
