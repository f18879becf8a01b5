package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.runtime.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Validatable} types: generated validators check records and classes, and misuse is a compile error. */
class ValidatableTest {

    private static final Path REQUESTS = GoldenProcessorTest.CASES.resolve("requests/input");

    /** Runs the golden case's validators on a valid order, an empty one and one that breaks every constraint. */
    private static final String SCENARIOS = """
            package example.orders;

            import java.math.BigDecimal;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.ZoneOffset;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Supplier;

            public final class Scenarios implements Supplier<Map<String, List<dev.stratum.runtime.validation.Violation>>> {
                @Override
                public Map<String, List<dev.stratum.runtime.validation.Violation>> get() {
                    var clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
                    var orders = new OrderRequestValidator(clock);
                    var address = new ShippingAddress();
                    address.setStreet("");
                    return Map.of(
                            "valid", orders.validate(new OrderRequest("Ada", "ada@example.org", 3,
                                    new BigDecimal("12.50"), LocalDate.parse("2026-03-01"), "1234", null)),
                            "empty", orders.validate(new OrderRequest(null, null, 1, null, null, null, null)),
                            "invalid", orders.validate(new OrderRequest(" ", "not an address", 100,
                                    new BigDecimal("0.001"), LocalDate.parse("2026-02-28"), "12a4", "n")),
                            "address", new ShippingAddressValidator().validate(address),
                            "shipment", new ShipmentValidator(clock).validate(new Shipment(
                                    new OrderRequest(null, null, 1, new BigDecimal("1"), null, null, null), address)),
                            "no shipment", new ShipmentValidator(clock).validate(new Shipment(null, null)),
                            "ping", new PingValidator().validate(new Ping(null)),
                            "cart", new CartValidator().validate(cart(address)));
                }

                private static Cart cart(ShippingAddress address) {
                    var quantities = new java.util.LinkedHashMap<String, Integer>();
                    quantities.put("a/b~c", -1);
                    quantities.put("x".repeat(21), 2);
                    return new Cart(java.util.Arrays.asList("ok", " ", "x".repeat(21)), java.util.Set.of(" "),
                            quantities, java.util.Optional.of("nope"), List.of(address), List.of());
                }
            }
            """;

    @Test
    void generatedValidatorsReportEveryBrokenConstraint(@TempDir Path migrations, @TempDir Path classes)
            throws IOException {
        var sources = new ArrayList<>(GoldenProcessorTest.sources(REQUESTS));
        sources.add(JavaFileObjects.forSourceString("example.orders.Scenarios", SCENARIOS));
        Compilation compilation = compile(sources, migrations);
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, List<Violation>> results = run(compilation, classes, "example.orders.Scenarios");

        assertThat(withoutValues(results.get("valid"))).isEmpty();
        assertThat(withoutValues(results.get("ping"))).isEmpty();
        assertThat(withoutValues(results.get("empty"))).containsExactly(
                new Violation("/customer", "must not be blank", "NotBlank"),
                new Violation("/total", "must not be null", "NotNull"));
        assertThat(withoutValues(results.get("invalid"))).containsExactly(
                new Violation("/customer", "must not be blank", "NotBlank"),
                new Violation("/contact", "must be a well-formed email address", "Email"),
                new Violation("/quantity", "must be less than or equal to 99", "Max"),
                new Violation("/total", "numeric value out of bounds (<6 digits>.<2 digits> expected)", "Digits"),
                new Violation("/deliverOn", "must be a date in the present or in the future", "FutureOrPresent"),
                new Violation("/pin", "must match \"[0-9]{4}\"", "Pattern"));
        assertThat(results.get("invalid")).extracting(Violation::rejectedValue)
                .containsExactly(" ", "not an address", 100, new BigDecimal("0.001"), LocalDate.parse("2026-02-28"), null);
        assertThat(withoutValues(results.get("shipment"))).containsExactly(
                new Violation("/order/customer", "must not be blank", "NotBlank"),
                new Violation("/address/street", "must not be empty", "NotEmpty"),
                new Violation("/address/confirmed", "the address must be confirmed", "AssertTrue"));
        assertThat(withoutValues(results.get("no shipment"))).containsExactly(
                new Violation("/order", "must not be null", "NotNull"));
        assertThat(results.get("cart")).extracting(violation -> violation.pointer() + " " + violation.path() + " "
                + violation.constraint() + " " + violation.rejectedValue()).containsExactly(
                "/items/1 items[1].<list element> NotBlank  ",
                "/items/2 items[2].<list element> Size xxxxxxxxxxxxxxxxxxxxx",
                "/labels/0 labels[].<iterable element> NotBlank  ",
                "/quantities/a~1b~0c quantities[a/b~c].<map value> Positive -1",
                "/quantities/xxxxxxxxxxxxxxxxxxxxx quantities<K>[xxxxxxxxxxxxxxxxxxxxx].<map key> Size xxxxxxxxxxxxxxxxxxxxx",
                "/receiptTo receiptTo Email nope",
                "/addresses/0/street addresses[0].street NotEmpty ",
                "/addresses/0/confirmed addresses[0].confirmed AssertTrue false");
        assertThat(withoutValues(results.get("address"))).containsExactly(
                new Violation("/street", "must not be empty", "NotEmpty"),
                new Violation("/confirmed", "the address must be confirmed", "AssertTrue"));
    }

    @Test
    void entityCreateAndUpdatePathsCheckTheirGroups(@TempDir Path migrations, @TempDir Path classes) throws Exception {
        var pet = EntitySource.entity("Pet")
                .field("@NotBlank(groups = Create.class) @Size(max = 5)", "String", "name")
                .field("@NotNull(groups = Update.class) @Min(0)", "Integer", "age");
        Compilation compilation = compile(List.of(pet.file()), migrations);
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses.write(compilation, classes);

        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Object validator = loader.loadClass("test.PetValidator").getConstructor().newInstance();
            Object create = empty(loader.loadClass("test.PetCreateRequest"));
            Object update = empty(loader.loadClass("test.PetUpdateRequest"));

            assertThat(validator.getClass().getMethod("validateCreate", create.getClass()).invoke(validator, create))
                    .isEqualTo(List.of(new Violation("/name", "must not be blank", "NotBlank")));
            assertThat(validator.getClass().getMethod("validateUpdate", update.getClass()).invoke(validator, update))
                    .isEqualTo(List.of(new Violation("/age", "must not be null", "NotNull")));
        }
    }

    /** A request record whose components are all {@code null} (the test drives generated code by reflection). */
    private static Object empty(Class<?> request) throws ReflectiveOperationException {
        var components = request.getRecordComponents();
        var types = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return request.getConstructor(types).newInstance(new Object[components.length]);
    }

    @Test
    void aCustomConstraintWithoutAValidatorForThePropertysTypeIsACompileError(@TempDir Path migrations) {
        var sources = new ArrayList<>(GoldenProcessorTest.sources(REQUESTS));
        sources.add(JavaFileObjects.forSourceString("example.orders.Rating", """
                package example.orders;

                @dev.stratum.annotations.Validatable
                public record Rating(@NoBadWords Integer stars) {
                }
                """));
        Compilation compilation = compile(sources, migrations);

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag()
                + " no validator of @NoBadWords validates Rating.stars of type java.lang.Integer"
                + " (validatedBy has NoBadWordsValidator (java.lang.CharSequence))");
    }

    @Test
    void aCustomConstraintsValidatorMustBeCreatableWithNew(@TempDir Path migrations) {
        var sources = new ArrayList<>(GoldenProcessorTest.sources(REQUESTS));
        sources.removeIf(source -> source.getName().endsWith("NoBadWordsValidator.java"));
        sources.add(JavaFileObjects.forSourceString("example.orders.NoBadWordsValidator", """
                package example.orders;

                public class NoBadWordsValidator
                        implements jakarta.validation.ConstraintValidator<NoBadWords, CharSequence> {
                    public NoBadWordsValidator(String words) {
                    }

                    @Override
                    public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext context) {
                        return true;
                    }
                }
                """));
        Compilation compilation = compile(sources, migrations);

        assertThat(compilation).hadErrorContaining(Code.INVALID_CONSTRAINT.tag()
                + " the validator example.orders.NoBadWordsValidator of @NoBadWords needs a public no-argument"
                + " constructor");
    }

    @Test
    void aCustomConstraintOnAnEntityIsCheckedByItsValidator(@TempDir Path migrations, @TempDir Path classes)
            throws Exception {
        var sources = new ArrayList<>(GoldenProcessorTest.sources(REQUESTS));
        sources.add(EntitySource.entity("Pet")
                .field("@example.orders.NoBadWords(words = \"rat\") @Size(max = 20)", "String", "name")
                .file());
        Compilation compilation = compile(sources, migrations);
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses.write(compilation, classes);

        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Object validator = loader.loadClass("test.PetValidator").getConstructor().newInstance();
            Class<?> request = loader.loadClass("test.PetCreateRequest");
            var validate = validator.getClass().getMethod("validateCreate", request);

            assertThat(validate.invoke(validator, withName(request, "Ratty"))).isEqualTo(List.of(
                    new Violation("/name", "must not contain any of [rat]", "NoBadWords", "Ratty")));
            assertThat(validate.invoke(validator, withName(request, "Rex"))).isEqualTo(List.of());
            assertThat(validate.invoke(validator, empty(request))).isEqualTo(List.of());
        }
    }

    /** A request record whose {@code name} is the given text and whose other components are {@code null}. */
    private static Object withName(Class<?> request, String name) throws ReflectiveOperationException {
        var components = request.getRecordComponents();
        var types = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getType)
                .toArray(Class<?>[]::new);
        var values = new Object[components.length];
        for (int at = 0; at < components.length; at++) {
            values[at] = components[at].getName().equals("name") ? name : null;
        }
        return request.getConstructor(types).newInstance(values);
    }

    @Test
    void aConstraintOnTheWrongTypeIsACompileError(@TempDir Path migrations) {
        Compilation compilation = compile(record("@Validatable public record Body(@Email int age) {}"), migrations);

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag());
        assertThat(compilation).hadErrorContaining("@Email does not apply to Body.age of type int");
    }

    @Test
    void constraintsTheSpecificationDoesNotAllowOnTheAddedTypesAreCompileErrors(@TempDir Path migrations) {
        Compilation compilation = compile(record("""
                @Validatable public record Body(
                        @jakarta.validation.constraints.Min(1) String count,
                        @jakarta.validation.constraints.Positive String sign,
                        @jakarta.validation.constraints.Size(max = 3) java.math.BigInteger big,
                        @jakarta.validation.constraints.Past byte small,
                        @Email java.time.MonthDay day,
                        @jakarta.validation.constraints.DecimalMin("1") java.time.Year year,
                        @jakarta.validation.constraints.Digits(integer = 3, fraction = 0) String fine,
                        @jakarta.validation.constraints.Past java.time.MonthDay birthday) {}"""), migrations);

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag()
                + " @Min does not apply to Body.count of type String").inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@jakarta.validation.constraints.Min(1) String count");
        assertThat(compilation).hadErrorContaining("@Positive does not apply to Body.sign of type String");
        assertThat(compilation).hadErrorContaining("@Size does not apply to Body.big of type BigInteger");
        assertThat(compilation).hadErrorContaining("@Past does not apply to Body.small of type byte");
        assertThat(compilation).hadErrorContaining("@Email does not apply to Body.day of type MonthDay");
        assertThat(compilation).hadErrorContaining("@DecimalMin does not apply to Body.year of type Year");
        assertThat(compilation).hadErrorCount(6);
    }

    @Test
    void theValidationOnlyTypesAreRefusedOnEntityFields(@TempDir Path migrations) {
        var entity = EntitySource.entity("Pet").field("@jakarta.validation.constraints.Past", "java.time.MonthDay",
                "birthday").field("", "java.util.Calendar", "reminder").field("", "byte", "litter")
                .field("@Size(max = 20)", "String", "name");
        Compilation compilation = compile(List.of(entity.file()), migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_TYPE.tag() + " type java.time.MonthDay of"
                + " Pet.birthday can be validated in a @Validatable type but not stored in an entity; use one of"
                + " String, boolean/Boolean, byte/Byte, short/Short, int/Integer, long/Long, float/Float,"
                + " double/Double, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime, OffsetDateTime,"
                + " Instant, UUID or an enum, or mark the field @Transient")
                .inFile(entity.file()).onLineContaining("java.time.MonthDay birthday");
        assertThat(compilation).hadErrorContaining("type java.util.Calendar of Pet.reminder can be validated");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aConstrainedPropertyOfAnUnsupportedTypeIsACompileError(@TempDir Path migrations) {
        Compilation compilation = compile(
                record("@Validatable public record Body(@NotNull java.time.Duration tags, Object free) {}"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_TYPE.tag());
        assertThat(compilation).hadErrorContaining("constraints on Body.tags");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aClassFieldWithoutAGetterIsACompileError(@TempDir Path migrations) {
        Compilation compilation = compile(record("@Validatable public class Body { @NotNull String name; }"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.MISSING_ACCESSOR.tag());
        assertThat(compilation).hadErrorContaining("Body.name needs a non-private getter getName()");
    }

    @Test
    void validOnATypeThatIsNotValidatableIsACompileError(@TempDir Path migrations) {
        Compilation compilation = compile(record("@Validatable public record Body(@jakarta.validation.Valid Object part) {}"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_TYPE.tag());
        assertThat(compilation).hadErrorContaining("@Valid on Body.part needs a type annotated @Validatable");
    }

    @Test
    void onlyNotNullAppliesToANestedObject(@TempDir Path migrations) {
        var sources = new ArrayList<>(record(
                "@Validatable public record Body(@jakarta.validation.Valid @NotEmpty Part part) {}"));
        sources.add(JavaFileObjects.forSourceString("example.body.Part",
                "package example.body;\n@dev.stratum.annotations.Validatable public record Part(String name) {}\n"));
        Compilation compilation = compile(sources, migrations);

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag());
        assertThat(compilation).hadErrorContaining("@NotEmpty does not apply to Body.part of type Part");
    }

    @Test
    void aConstraintOnTheArrayTypeItselfIsRefusedNotIgnored(@TempDir Path migrations) {
        Compilation compilation = compile(record(
                "@Validatable public record Body(String @jakarta.validation.constraints.Size(max = 3) [] tags) {}"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_CONSTRAINT.tag());
        assertThat(compilation).hadErrorContaining("@Size on the array type of Body.tags (after the element type) is"
                + " ignored by Jakarta Validation; write it before the type");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aConstraintBeforeAnArrayTypeIsTheArraysOwn(@TempDir Path migrations) {
        Compilation compilation = compile(record(
                "@Validatable public record Body(@jakarta.validation.constraints.Size(max = 3) @NotEmpty int[] codes,"
                        + " @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 3)"
                        + " String[] tags) {}"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag());
        assertThat(compilation).hadErrorContaining("@NotBlank does not apply to Body.tags, an array; only @NotNull,"
                + " @Size and @NotEmpty do; array elements take no constraints");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void everyArrayAndInnerCollectionNeedsAMaximumSize(@TempDir Path migrations) {
        Compilation compilation = compile(record("@Validatable public record Body(@NotNull String[] tags,"
                + " @jakarta.validation.constraints.Size(max = 3) java.util.List<java.util.Set<String>> groups) {}"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.UNBOUNDED_COLLECTION.tag());
        assertThat(compilation).hadErrorContaining("Body.tags can hold any number of elements");
        assertThat(compilation).hadErrorContaining("the elements of Body.groups are Sets of any size; add"
                + " @Size(max = ...) on the type argument");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void unsupportedArraysAndContainersAreCompileErrors(@TempDir Path migrations) {
        var sources = new ArrayList<>(record("@Validatable public record Body("
                + "@jakarta.validation.constraints.Size(max = 3) java.util.List<String[]> arrays,"
                + " @jakarta.validation.constraints.Size(max = 3) java.util.Map<java.util.List<String>, String> keys,"
                + " @jakarta.validation.Valid @jakarta.validation.constraints.Size(max = 3)"
                + " java.util.List<java.util.@jakarta.validation.constraints.Size(max = 3) List<Part>> legacy,"
                + " @jakarta.validation.constraints.Size(max = 3) java.util.List<String>[] generic) {}"));
        sources.add(JavaFileObjects.forSourceString("example.body.Part",
                "package example.body;\n@dev.stratum.annotations.Validatable public record Part(String name) {}\n"));
        Compilation compilation = compile(sources, migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_TYPE.tag());
        assertThat(compilation).hadErrorContaining("the element type java.lang.String[] of Body.arrays is not supported");
        assertThat(compilation).hadErrorContaining("the key type java.util.List<java.lang.String> of Body.keys is not"
                + " supported");
        assertThat(compilation).hadErrorContaining("@Valid on Body.legacy does not reach the elements of the inner"
                + " java.util.List<example.body.Part>; put @Valid on the innermost type argument");
        assertThat(compilation).hadErrorContaining("Body.generic is an array of java.util.List<java.lang.String>");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void anInterfaceIsRefused(@TempDir Path migrations) {
        Compilation compilation = compile(record("@Validatable public interface Body { }"), migrations);

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_TYPE.tag());
        assertThat(compilation).hadErrorContaining("applies to a top-level record or class");
    }

    @Test
    void aValidatableEntityIsRefused(@TempDir Path migrations) {
        var entity = EntitySource.entity("Pet").annotate("@dev.stratum.annotations.Validatable");
        Compilation compilation = compile(List.of(entity.file()), migrations);

        assertThat(compilation).hadErrorContaining(Code.NAME_CLASH.tag());
        assertThat(compilation).hadErrorContaining("Pet is an @Entity, whose requests are validated already");
    }

    private static List<JavaFileObject> record(String declaration) {
        return List.of(JavaFileObjects.forSourceString("example.body.Body", """
                package example.body;

                import dev.stratum.annotations.Validatable;
                import jakarta.validation.constraints.Email;
                import jakarta.validation.constraints.NotEmpty;
                import jakarta.validation.constraints.NotNull;

                """ + declaration + "\n"));
    }

    private static Compilation compile(List<JavaFileObject> sources, Path migrations) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("--release", "17", "-Xlint:all,-processing", "-Werror",
                        "-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + migrations)
                .compile(sources);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Violation>> run(Compilation compilation, Path classes, String scenarios)
            throws IOException {
        CompiledClasses.write(compilation, classes);
        Path services = classes.resolve("META-INF/services/" + Supplier.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, scenarios + "\n");
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ValidatableTest.class.getClassLoader())) {
            return (Map<String, List<Violation>>) ServiceLoader.load(Supplier.class, loader).stream()
                    .filter(provider -> provider.type().getName().equals(scenarios))
                    .findFirst().orElseThrow().get().get();
        }
    }

    /** The violations as a client sees them, for comparing everything but the rejected values. */
    private static List<Violation> withoutValues(List<Violation> violations) {
        return violations.stream()
                .map(violation -> new Violation(violation.pointer(), violation.message(), violation.constraint()))
                .toList();
    }
}
