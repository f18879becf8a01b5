package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.diagnostics.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The options that turn on runtime features with tables of their own: {@code -Astratum.idempotency} (its table joins
 * the migrations and its header every POST in the document) and {@code -Astratum.rateLimit.store}.
 */
class FrameworkOptionsTest {

    private static final EntitySource PET = entity("Pet")
            .annotate("@Expose(path = \"/api/pets\", operations = {Operation.CREATE, Operation.READ})")
            .annotate("@Allow(value = {Operation.CREATE, Operation.READ}, access = AccessLevel.PUBLIC)")
            .field("@NotNull @Size(max = 40)", "String", "name");

    @Test
    void theOptionAddsTheTableToTheFirstMigrationAndTheSnapshot() {
        Compilation compilation = compile("-A" + FrameworkOptions.IDEMPOTENCY_OPTION + "=true");

        assertThat(compilation).succeeded();
        for (String dialect : List.of("h2", "postgresql")) {
            String migration = resource(compilation,
                    "db/migration/" + dialect + "/V1__create_pet_and_stratum_idempotency.sql");
            assertThat(migration)
                    .contains("table stratum_idempotency is new: the processor option -Astratum.idempotency=true asks"
                            + " for it")
                    .contains("constraint pk_stratum_idempotency primary key (scope, idempotency_key)")
                    .contains("create index ix_stratum_idempotency_expires_at on stratum_idempotency (expires_at);");
            assertThat(resource(compilation, "db/migration/" + dialect + "/U1__drop_pet_and_stratum_idempotency.sql"))
                    .contains("drop table stratum_idempotency;");
        }
        assertThat(resource(compilation, "db/migration/stratum-snapshot.json"))
                .contains("\"entity\": \"-Astratum.idempotency=true\"");
    }

    @Test
    void theDocumentDescribesTheKeyOnPostOnly() {
        String document = resource(compile("-A" + FrameworkOptions.IDEMPOTENCY_OPTION + "=true"),
                "META-INF/stratum/openapi.json");

        assertThat(document.split("\"name\": \"Idempotency-Key\"", -1)).hasSize(2);
        assertThat(document).contains("urn:stratum:problem:idempotency-key-in-use")
                .contains("urn:stratum:problem:idempotency-key-reused")
                .contains("\"Idempotent-Replayed\"")
                .contains("A problem of type urn:stratum:problem:malformed-request, urn:stratum:problem:unknown-property,"
                        + " urn:stratum:problem:type-mismatch, urn:stratum:problem:validation-failed,"
                        + " urn:stratum:problem:invalid-parameter.");
    }

    @Test
    void withoutTheOptionNothingChanges() {
        Compilation compilation = compile();

        assertThat(compilation).succeeded();
        assertThat(resource(compilation, "db/migration/h2/V1__create_pet.sql")).doesNotContain("stratum_idempotency");
        assertThat(resource(compilation, "META-INF/stratum/openapi.json")).doesNotContain("Idempotency-Key");
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAnError() {
        Compilation compilation = compile("-A" + FrameworkOptions.IDEMPOTENCY_OPTION + "=yes");

        assertThat(compilation).hadErrorContaining(Code.INVALID_OPTION.tag() + " -Astratum.idempotency=yes is neither"
                + " true nor false");
    }

    @Test
    void theJdbcRateLimitStoreAddsItsTable() {
        Compilation compilation = compile("-A" + FrameworkOptions.RATE_LIMIT_STORE_OPTION + "=jdbc",
                "-A" + FrameworkOptions.IDEMPOTENCY_OPTION + "=true");

        assertThat(compilation).succeeded();
        assertThat(resource(compilation, "db/migration/postgresql/V1__create_3_tables.sql"))
                .contains("table stratum_rate_limit is new: the processor option -Astratum.rateLimit.store=jdbc asks"
                        + " for it")
                .contains("bucket_key varchar(255) not null")
                .contains("constraint pk_stratum_rate_limit primary key (bucket_key)");
        assertThat(compile("-A" + FrameworkOptions.RATE_LIMIT_STORE_OPTION + "=memory")).succeeded();
    }

    @Test
    void anUnknownRateLimitStoreIsAnError() {
        Compilation compilation = compile("-A" + FrameworkOptions.RATE_LIMIT_STORE_OPTION + "=redis");

        assertThat(compilation).hadErrorContaining(Code.INVALID_OPTION.tag() + " -Astratum.rateLimit.store=redis is"
                + " neither memory nor jdbc");
    }

    private static Compilation compile(String... options) {
        return Compiler.javac().withProcessors(new StratumProcessor()).withOptions(List.of(options))
                .compile(PET.file());
    }

    private static String resource(Compilation compilation, String path) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError("no " + path + " in " + compilation.generatedFiles()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
