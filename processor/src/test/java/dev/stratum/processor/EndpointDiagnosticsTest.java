package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.DiagnosticsTest.endpoint;
import static dev.stratum.processor.DiagnosticsTest.endpoints;
import static dev.stratum.processor.DiagnosticsTest.implementation;
import static dev.stratum.processor.EntitySource.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.scan.LayeringScanner;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics of {@code @Endpoints} beyond one case per code: each rule's other branches, and the layering check. */
class EndpointDiagnosticsTest {

    @Test
    void anOperationWithoutAPolicyIsDeniedByDefault() {
        EntitySource care = EntitySource.source("Care", """
                package test;

                import dev.stratum.annotations.*;

                @Endpoints(path = "/api/care")
                public interface Care {
                    @Get("/ping") void ping();
                }
                """);
        Compilation compilation = compile(List.of(care.file(), implementation("CareService", "public void ping() {}")));

        assertThat(compilation).hadErrorContaining(Code.MISSING_ACCESS_POLICY.tag() + " Care.ping has no access policy")
                .inFile(care.file()).onLine(care.lineOf("void ping()"));
    }

    @Test
    void aRouteOfAGeneratedResourceCannotBeDeclaredAgain() {
        EntitySource pet = entity("Pet").annotate("@Expose(path = \"/api/care\", operations = Operation.READ)")
                .annotate("@Allow(value = Operation.READ, access = AccessLevel.PUBLIC)");
        EntitySource care = endpoints("@Get(\"/{petId}\") void read(@PathParam(\"petId\") long petId);");
        Compilation compilation = compile(List.of(pet.file(), care.file(),
                implementation("CareService", "public void read(long petId) {}")));

        assertThat(compilation).hadErrorContaining(Code.DUPLICATE_ROUTE.tag()
                        + " Care.read answers GET /api/care/{petId}, which the generated resource Pet answers already")
                .inFile(care.file()).onLine(care.lineOf("void read("));
    }

    @Test
    void aPathVariableNeedsAParameter() {
        Compilation compilation = compile(endpoint("@Get(\"/{id}\") void read();", "public void read() {}", ""));

        assertThat(compilation).hadErrorContaining(Code.ENDPOINT_PATH_MISMATCH.tag()
                + " the path variable {id} of Care.read has no parameter");
    }

    @Test
    void twoImplementationsAreOneTooMany() {
        EntitySource care = endpoints("@Get(\"/ping\") void ping();");
        Compilation compilation = compile(List.of(care.file(), implementation("First", "public void ping() {}"),
                implementation("Second", "public void ping() {}")));

        assertThat(compilation).hadErrorContaining(Code.ENDPOINT_IMPLEMENTATION.tag()
                + " Care has 2 implementations (First, Second)");
    }

    @Test
    void anImplementationSpringAlreadyManagesIsReportedOnTheClass() {
        EntitySource care = endpoints("@Get(\"/ping\") void ping();");
        JavaFileObject service = JavaFileObjects.forSourceString("test.CareService", """
                package test;
                @org.springframework.stereotype.Service
                public class CareService implements Care {
                    public void ping() {}
                }
                """);
        Compilation compilation = compile(List.of(care.file(), service));

        assertThat(compilation).hadErrorContaining(Code.ENDPOINT_IMPLEMENTATION.tag()
                        + " CareService implements Care but Stratum cannot register it")
                .inFile(service).onLine(3);
    }

    @Test
    void unsupportedParametersAndBodiesAreReported() {
        Compilation compilation = compile(endpoint("""
                @Get("/a") void a(@QueryParam("tags") java.util.List<String> tags);
                    @Get("/b") void b(@Body Note note);
                    @Post("/c") void c(@Body String text);
                    @Get("/d") void d(@QueryParam("n") @Email int n);
                    @Get("/e") void e(String unbound);
                    record Note(String text) {}""", """
                public void a(java.util.List<String> tags) {} public void b(Note note) {}
                public void c(String text) {} public void d(int n) {} public void e(String unbound) {}""", ""));

        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_ENDPOINT_TYPE.tag()
                + " parameter Care.a.tags of type java.util.List<java.lang.String> cannot be bound from text");
        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_ENDPOINT_TYPE.tag() + " the body Care.c.text");
        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag()
                + " @Email does not apply to Care.d.n of type int");
        assertThat(compilation).hadErrorContaining(Code.INVALID_ENDPOINT.tag()
                + " parameter Care.e.unbound needs exactly one of @PathParam");
        assertThat(compilation).hadErrorContaining(Code.UNSUPPORTED_ENDPOINT_TYPE.tag() + " the body Care.b.note");
    }

    @Test
    void aCheckedExceptionCannotBeAnswered() {
        Compilation compilation = compile(endpoint("@Get(\"/ping\") void ping() throws java.io.IOException;",
                "public void ping() {}", ""));

        assertThat(compilation).hadErrorContaining(Code.INVALID_ENDPOINT.tag()
                + " Care.ping declares a checked exception");
    }

    @Test
    void aHooksClassMayUseOnlyItsOwnRepository() {
        Compilation compilation = compile(List.of(entity("Pet").file(), entity("Owner").file(),
                JavaFileObjects.forSourceString("test.PetRules", """
                        package test;
                        public class PetRules implements PetHooks {
                            private final OwnerRepository owners;
                            public PetRules(OwnerRepository owners) { this.owners = owners; }
                            @Override public void beforeCreate(Pet pet) { owners.hashCode(); }
                        }
                        """)));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(Code.LAYERING.tag()
                + " PetRules.owners uses OwnerRepository of another aggregate, but an implementation of PetHooks may"
                + " use only its own aggregate's repository (PetRepository)");
    }

    @Test
    void aRepositoryOfAnotherAggregateIsAWarningByDefault() {
        Compilation compilation = compile(layering(), List.of());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(Code.LAYERING.tag()
                        + " CareService.owners uses OwnerRepository of another aggregate, but an endpoint"
                        + " implementation may use only its own aggregate's repository (PetRepository)");
        assertThat(compilation).hadWarningContaining(Code.LAYERING.tag()
                + " CareService.dataSource uses javax.sql.DataSource, but an endpoint implementation must not touch JDBC");
    }

    @Test
    void theLayeringCheckCanFailTheBuildOrBeTurnedOff() {
        Compilation strict = compile(layering(), List.of("-A" + LayeringScanner.OPTION + "=error"));
        Compilation off = compile(layering(), List.of("-A" + LayeringScanner.OPTION + "=off"));

        assertThat(strict).hadErrorContaining(Code.LAYERING.tag() + " CareService.owners");
        assertThat(off).succeeded();
        assertThat(off.warnings().stream().map(Object::toString)).noneMatch(text -> text.contains(Code.LAYERING.tag()));
    }

    @Test
    void aSuppressedFieldIsNotReported() {
        List<JavaFileObject> sources = new ArrayList<>(layering().subList(0, 3));
        sources.add(JavaFileObjects.forSourceString("test.CareService", """
                package test;
                public class CareService implements Care {
                    @SuppressWarnings("stratum:layering") private final OwnerRepository owners;
                    public CareService(OwnerRepository owners) { this.owners = owners; }
                    public void ping() { owners.hashCode(); }
                }
                """));
        Compilation compilation = compile(sources, List.of());

        assertThat(compilation).succeeded();
        assertThat(compilation.warnings().stream().map(Object::toString))
                .noneMatch(text -> text.contains(Code.LAYERING.tag()));
    }

    /** Pet and Owner in one package; the endpoints of Pet's aggregate hold Owner's repository and a data source. */
    private static List<JavaFileObject> layering() {
        EntitySource care = EntitySource.source("Care", """
                package test;

                import dev.stratum.annotations.*;

                @Endpoints(path = "/api/care", entity = Pet.class)
                @Permit(access = AccessLevel.PUBLIC)
                public interface Care {
                    @Get("/ping") void ping();
                }
                """);
        return List.of(entity("Pet").file(), entity("Owner").file(), care.file(),
                JavaFileObjects.forSourceString("test.CareService", """
                package test;
                public class CareService implements Care {
                    private final OwnerRepository owners;
                    private final PetRepository pets;
                    private final javax.sql.DataSource dataSource;
                    public CareService(OwnerRepository owners, PetRepository pets, javax.sql.DataSource dataSource) {
                        this.owners = owners;
                        this.pets = pets;
                        this.dataSource = dataSource;
                    }
                    public void ping() { owners.hashCode(); pets.hashCode(); dataSource.hashCode(); }
                }
                """));
    }

    private static Compilation compile(DiagnosticsTest.Case failing) {
        return DiagnosticsTest.compile(failing);
    }

    private static Compilation compile(List<JavaFileObject> sources) {
        return compile(sources, List.of());
    }

    private static Compilation compile(List<JavaFileObject> sources, List<String> options) {
        return Compiler.javac().withProcessors(new StratumProcessor()).withOptions(options).compile(sources);
    }
}
