package dev.stratum.processor.generate;

import dev.stratum.processor.CompiledClasses;
import dev.stratum.processor.Golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.runtime.validation.Violation;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests for {@link ValidatorWriter}: the rendered source must match the expected file byte for byte
 * ({@code -Dstratum.golden.update=true} rewrites it), compile under {@code -Xlint:all -Werror}, and report the
 * violations a hand-written scenario expects.
 */
class ValidatorWriterTest {

    private static final Path GOLDEN = Golden.ROOT.resolve("validator");
    private static final String CASE_EVERY_CONSTRAINT = "every_constraint";
    private static final String CASE_NO_CLOCK = "no_clock";

    private final ValidatorWriter writer = new ValidatorWriter();

    @Test
    void everyConstraintMatchesItsGoldenFile() throws IOException {
        assertGolden(CASE_EVERY_CONSTRAINT, writer.write(ValidatorModels.pet()));
    }

    @Test
    void noClockMatchesItsGoldenFile() throws IOException {
        assertGolden(CASE_NO_CLOCK, writer.write(ValidatorModels.owner()));
    }

    @Test
    void everyConstraintIsCheckedAtRunTime(@TempDir Path classes) throws IOException {
        var results = compileAndRun(CASE_EVERY_CONSTRAINT, writer.write(ValidatorModels.pet()), classes);

        assertThat(withoutValues(results.get("valid"))).isEmpty();
        assertThat(withoutValues(results.get("empty"))).containsExactly(
                new Violation("/name", "a pet needs a name", "NotBlank"),
                new Violation("/code", "must not be empty", "NotEmpty"),
                new Violation("/age", "must not be null", "NotNull"),
                new Violation("/weight", "must not be null", "NotNull"),
                new Violation("/birthDate", "must not be null", "NotNull"),
                new Violation("/neutered", "must not be null", "NotNull"),
                new Violation("/species", "must not be null", "NotNull"));
        assertThat(withoutValues(results.get("invalid"))).containsExactly(
                new Violation("/name", "a pet needs a name", "NotBlank"),
                new Violation("/nickname", "size must be between 2 and 2147483647", "Size"),
                new Violation("/code", "must match \"[A-Z]{3}-\\d+\"", "Pattern"),
                new Violation("/code", "must match \"\\S+\"", "Pattern"),
                new Violation("/email", "must be a well-formed email address", "Email"),
                new Violation("/vetEmail", "must be a well-formed email address", "Email"),
                new Violation("/age", "must be less than or equal to 40", "Max"),
                new Violation("/legs", "must be greater than 0", "Positive"),
                new Violation("/chipNumber", "must be greater than or equal to 0", "PositiveOrZero"),
                new Violation("/weight", "must be less than 150.0", "DecimalMax"),
                new Violation("/weight", "numeric value out of bounds (<3 digits>.<2 digits> expected)", "Digits"),
                new Violation("/debt", "must be less than or equal to 0", "NegativeOrZero"),
                new Violation("/offset", "must be greater than -100.5", "DecimalMin"),
                new Violation("/birthDate", "must be a past date", "Past"),
                new Violation("/lastVisit", "must be a date in the past or in the present", "PastOrPresent"),
                new Violation("/nextVisit", "must be a future date", "Future"),
                new Violation("/vaccinationDue", "must be a date in the present or in the future", "FutureOrPresent"),
                new Violation("/consented", "must be true", "AssertTrue"),
                new Violation("/archived", "must be false", "AssertFalse"),
                new Violation("/notes", "size must be between 0 and 2000", "Size"));
    }

    @Test
    void violationsCarryTheRejectedValueExceptForSensitiveFields(@TempDir Path classes) throws IOException {
        var invalid = compileAndRun(CASE_EVERY_CONSTRAINT, writer.write(ValidatorModels.pet()), classes).get("invalid");

        assertThat(invalid).filteredOn(violation -> violation.pointer().equals("/age"))
                .extracting(Violation::rejectedValue).containsExactly(41);
        assertThat(invalid).filteredOn(violation -> violation.pointer().equals("/name"))
                .extracting(Violation::rejectedValue).containsExactly("  ");
        assertThat(invalid).filteredOn(violation -> violation.pointer().equals("/notes"))
                .extracting(Violation::rejectedValue).containsExactly((Object) null);
    }

    @Test
    void noClockIsCheckedAtRunTime(@TempDir Path classes) throws IOException {
        var results = compileAndRun(CASE_NO_CLOCK, writer.write(ValidatorModels.owner()), classes);

        assertThat(withoutValues(results.get("valid"))).isEmpty();
        assertThat(withoutValues(results.get("empty"))).containsExactly(new Violation("/vip", "must not be null", "NotNull"));
        assertThat(withoutValues(results.get("invalid"))).containsExactly(
                new Violation("/fullName", "size must be between 1 and 80", "Size"),
                new Violation("/email", "must be a well-formed email address", "Email"),
                new Violation("/clock", "must be greater than or equal to 0", "Min"));
    }

    @Test
    void theColumnLengthIsCheckedUnlessASizeWithinItIsDeclared() {
        String pet = writer.write(ValidatorModels.pet()).toString();

        assertThat(pet).containsOnlyOnce("Checks.size(name, 0, 40)").containsOnlyOnce("Checks.size(name");
        assertThat(pet).contains("Checks.size(nickname, 2, 2147483647)", "Checks.size(nickname, 0, 30)");
        assertThat(pet).contains("Checks.size(vetEmail, 0, 254)").containsOnlyOnce("Checks.size(vetEmail");
    }

    @Test
    void anEntityWithNothingToCheckReportsNothing() {
        String validator = writer.write(ValidatorModels.unchecked()).toString();

        assertThat(validator).contains("return List.of();").doesNotContain("private void check", "Clock");
    }

    @Test
    void unknownPatternFlagsAreRefused() {
        var pattern = new Constraint.Pattern("a", 1 << 12, "must match \"a\"");
        EntityModel entity = ValidatorModels.withConstraint(pattern);

        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(entity)).withMessageContaining("4096");
    }

    @Test
    void patternFlagsAreWrittenByName() {
        var pattern = new Constraint.Pattern("a", Pattern.DOTALL | Pattern.MULTILINE, "must match \"a\"");

        assertThat(writer.write(ValidatorModels.withConstraint(pattern)).toString())
                .contains("TEXT_PATTERN = Pattern.compile(\"a\",", "Pattern.MULTILINE | Pattern.DOTALL);");
    }

    private static void assertGolden(String testCase, JavaFile file) {
        Golden.assertMatches(GOLDEN.resolve(testCase).resolve("expected"),
                java.util.Map.of(file.typeSpec().name() + ".java", file.toString()));
    }

    /**
     * Compiles the validator with the case's inputs (request records and a {@code <Entity>Scenarios} supplier), then
     * loads the scenarios through {@link ServiceLoader} and returns what they report.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Violation>> compileAndRun(String testCase, JavaFile validator, Path classes)
            throws IOException {
        Compilation compilation = compile(testCase, validator);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses.write(compilation, classes);
        String entity = validator.typeSpec().name().replace("Validator", "");
        String scenarios = validator.packageName() + "." + entity + "Scenarios";
        Path services = classes.resolve("META-INF/services/" + Supplier.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, scenarios + "\n");
        URL[] classPath = {classes.toUri().toURL()};
        try (var loader = new URLClassLoader(classPath, ValidatorWriterTest.class.getClassLoader())) {
            Supplier<?> run = ServiceLoader.load(Supplier.class, loader).stream()
                    .filter(provider -> provider.type().getName().equals(scenarios))
                    .findFirst().orElseThrow().get();
            return (Map<String, List<Violation>>) run.get();
        }
    }

    private static Compilation compile(String testCase, JavaFile validator) throws IOException {
        var sources = new ArrayList<JavaFileObject>();
        sources.add(validator.toJavaFileObject());
        Path inputs = GOLDEN.resolve(testCase).resolve("input");
        for (String fileName : listFileNames(inputs)) {
            String qualifiedName = validator.packageName() + "." + fileName.replace(".java", "");
            sources.add(JavaFileObjects.forSourceString(qualifiedName, Files.readString(inputs.resolve(fileName))));
        }
        return Compiler.javac().withOptions("--release", "17", "-Xlint:all", "-Werror").compile(sources);
    }

    private static List<String> listFileNames(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The violations as a client sees them, for comparing everything but the rejected values. */
    private static List<Violation> withoutValues(List<Violation> violations) {
        return violations.stream()
                .map(violation -> new Violation(violation.pointer(), violation.message(), violation.constraint()))
                .toList();
    }
}
