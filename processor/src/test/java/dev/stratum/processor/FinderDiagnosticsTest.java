package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.stratum.processor.EntitySource.entity;
import static dev.stratum.processor.EntitySource.finders;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.diagnostics.Code;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every finder error, with the message a user reads: on the faulty method, naming the parameter or property, and
 * saying how to fix it. (DiagnosticsTest holds one case per code; these are the rest.)
 */
class FinderDiagnosticsTest {

    private static final EntitySource PET = entity("Pet")
            .field("@Size(max = 40)", "String", "name")
            .field("", "int", "age")
            .field("", "boolean", "neutered")
            .field("", "java.time.LocalDate", "birthDate");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List<Pet> findByNmae(String name);                 | UnknownFinderProperty   | PetFinders.findByNmae names property 'nmae', which Pet does not have; did you mean 'name'?
            List<Pet> findByBirthdayBetween(java.time.LocalDate a, java.time.LocalDate b); | UnknownFinderProperty | names property 'birthday', which Pet does not have; did you mean 'birthDate'?
            List<Pet> findByColour(String colour);             | UnknownFinderProperty   | names property 'colour', which Pet does not have; use one of id, version, name, age, neutered, birthDate
            List<Pet> findByNameOrderByAgge();                 | UnknownFinderProperty   | did you mean 'age'?
            List<Pet> findByNameAndAge(String name);           | FinderParameterMismatch | PetFinders.findByNameAndAge declares 1 parameter but its name needs 2 (a String for name, an int for age); declare exactly these, in this order
            List<Pet> findByName(String name, int extra);      | FinderParameterMismatch | declares 2 parameters but its name needs 1 (a String for name)
            List<Pet> findByAge(String age);                   | FinderParameterMismatch | parameter 'age' of PetFinders.findByAge is String, but Equals on age needs an int; change the parameter's type
            List<Pet> findByAgeGreaterThan(Long age);          | FinderParameterMismatch | parameter 'age' of PetFinders.findByAgeGreaterThan is Long, but GreaterThan on age needs an int
            List<Pet> findByAgeIn(int age);                    | FinderParameterMismatch | parameter 'age' of PetFinders.findByAgeIn is int, but In on age needs a Collection<Integer>; change the parameter's type
            List<Pet> findByAgeIn(List<String> ages);          | FinderParameterMismatch | is List<String>, but In on age needs a Collection<Integer>
            Page<Pet> findByName(String name, int page);       | FinderParameterMismatch | parameter 'page' of PetFinders.findByName is int, but a finder that returns a Page takes a PageRequest last
            Pet findByName(String name);                       | FinderReturnType        | PetFinders.findByName returns Pet, but a findBy finder returns Optional<Pet>, List<Pet> or Page<Pet> (with a last PageRequest parameter); change its return type
            int countByName(String name);                      | FinderReturnType        | returns int, but a countBy finder returns long
            Optional<String> findByAge(int age);               | FinderReturnType        | returns Optional<String>, but a findBy finder returns Optional<Pet>
            List<Pet> findByAgeStartsWith(String age);         | FinderOperatorType      | PetFinders.findByAgeStartsWith applies StartsWith to age, an int; it needs a String property, so drop it or query another property
            List<Pet> findByAgeIgnoreCase(int age);            | FinderOperatorType      | applies IgnoreCase to age, an int; it needs a String property
            List<Pet> findByNameTrue();                        | FinderOperatorType      | applies True to name, a String; it needs a boolean property
            List<Pet> findByAgeLessThanIgnoreCase(int age);    | FinderOperatorType      | applies LessThanIgnoreCase to age, an int
            List<Pet> findByNameLessThanIgnoreCase(String n);  | InvalidFinder           | combines LessThan with IgnoreCase; IgnoreCase works with Equals, Not, StartsWith, EndsWith and Containing
            List<Pet> searchByName(String name);               | InvalidFinder           | PetFinders.searchByName is not a finder: its name must start with findBy, existsBy, countBy or deleteBy
            long countByOrderByName();                         | InvalidFinder           | PetFinders.countByOrderByName names no property after countBy
            long countByAgeOrderByName(int age);               | InvalidFinder           | orders rows that it does not return; OrderBy belongs on findBy finders only
            List<Pet> findByNameAnd(String name);              | InvalidFinder           | has an empty condition next to And or Or
            List<Pet> findByNameOrderBy(String name);          | InvalidFinder           | ends with OrderBy but names no property
            <T> List<Pet> findByName(String name);             | InvalidFinder           | declares type parameters
            """)
    void reportsTheErrorOnTheMethod(String method, String code, String message) {
        EntitySource finders = finders("PetFinders", "Pet").member(method);

        Compilation compilation = compile(PET, finders);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Stratum/" + code + "] ").inFile(finders.file())
                .onLine(finders.lineOf(method));
        assertThat(compilation).hadErrorContaining(message);
    }

    @Test
    void everyFaultyMethodIsReportedInOneBuild() {
        EntitySource finders = finders("PetFinders", "Pet")
                .member("List<Pet> findByNmae(String name);")
                .member("Pet findByAge(int age);");

        Compilation compilation = compile(PET, finders);

        assertThat(compilation).hadErrorContaining(Code.UNKNOWN_FINDER_PROPERTY.tag());
        assertThat(compilation).hadErrorContaining(Code.FINDER_RETURN_TYPE.tag());
    }

    @Test
    void theAnnotationMustNameAnEntity() {
        EntitySource finders = finders("PetFinders", "String").member("long countByName(String name);");

        Compilation compilation = compile(PET, finders);

        assertThat(compilation).hadErrorContaining(Code.INVALID_FINDER.tag() + " @Finders of PetFinders names String,"
                + " which is not an @Entity").inFile(finders.file()).onLine(finders.lineOf("@Finders"));
    }

    @Test
    void aPropertyThatEndsLikeAnOperatorStillReadsAsTheProperty() {
        EntitySource user = entity("Account").field("", "boolean", "loggedIn").field("", "boolean", "notified");
        EntitySource finders = finders("AccountFinders", "Account")
                .member("List<Account> findByLoggedIn(boolean loggedIn);")
                .member("List<Account> findByLoggedInNot(boolean loggedIn);")
                .member("long countByNotifiedTrue();");

        assertThat(compile(user, finders)).succeeded();
    }

    @Test
    void aValidInterfaceCompilesCleanly() {
        EntitySource finders = finders("PetFinders", "Pet")
                .member("Optional<Pet> findByNameIgnoreCase(String name);")
                .member("List<Pet> findByAgeBetweenOrNeuteredFalseOrderByNameDescAge(Integer from, int to);")
                .member("Page<Pet> findByNameContaining(String part, PageRequest page);")
                .member("boolean existsByBirthDateIsNull();")
                .member("long deleteByAgeIn(Set<Integer> ages);")
                .member("Page<Pet> findByName(String connection, PageRequest statement);")
                .member("boolean existsByNameOrAge(String dataSource, int row);")
                .member("long countByNameAndAgeIn(String e, List<Integer> items);");

        Compilation compilation = Compiler.javac().withProcessors(new StratumProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(PET.file(), finders.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.JdbcPetFinders");
        assertThat(compilation).generatedSourceFile("test.PetFindersStratumConfiguration");
    }

    @Test
    void finderCompiledAfterItsEntityReadsTheEntityFromItsClassFile(@TempDir Path classes, @TempDir Path generated)
            throws IOException {
        String classPath = System.getProperty("java.class.path");
        EntitySource finders = finders("PetFinders", "Pet").member("List<Pet> findByNameStartsWith(String prefix);");

        assertThat(javac(List.of("-d", classes.toString(), "-cp", classPath), PET)).isTrue();
        assertThat(javac(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-cp", classes + File.pathSeparator + classPath), finders)).isTrue();
        assertThat(generated.resolve("test/JdbcPetFinders.java")).exists();
        assertThat(classes.resolve("test/JdbcPetFinders.class")).exists();
    }

    private static boolean javac(List<String> options, EntitySource source) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            CompilationTask task = javac.getTask(null, files, null, options, null, List.of(source.file()));
            task.setProcessors(List.of(new StratumProcessor()));
            return task.call();
        }
    }

    private static Compilation compile(EntitySource... sources) {
        return Compiler.javac().withProcessors(new StratumProcessor())
                .compile(List.of(sources).stream().map(EntitySource::file).toList());
    }
}
