package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.diagnostics.Code;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Sensitive(hashed = true)}: what cannot be a hashed secret is a compile error naming the fix. */
class HashedSecretTest {

    @Test
    void onlyARequestCarriedStringCanBeHashed(@TempDir Path migrations) {
        Compilation compilation = compile(EntitySource.entity("Pet")
                .field("@Sensitive(hashed = true) @Min(0) @Max(9999)", "Integer", "pin"), migrations);

        assertThat(compilation).hadErrorContaining(Code.INVALID_SECRET.tag()
                + " @Sensitive(hashed = true) on Pet.pin needs a String field a request can set");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void bcryptReadsNoMoreThan72Bytes(@TempDir Path migrations) {
        Compilation compilation = compile(EntitySource.entity("Pet")
                .field("@Sensitive(hashed = true) @Column(length = 255)", "String", "password"), migrations);

        assertThat(compilation).hadErrorContaining(Code.INVALID_SECRET.tag()
                + " the hashed secret Pet.password needs @Size(max) of at most 72");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSecretRequiredOnUpdateIsRefused(@TempDir Path migrations) {
        Compilation compilation = compile(EntitySource.entity("Pet")
                .field("@Sensitive(hashed = true) @NotBlank @Size(max = 64)", "String", "password"), migrations);

        assertThat(compilation).hadErrorContaining(Code.INVALID_SECRET.tag() + " @NotBlank on the hashed secret"
                + " Pet.password also requires it on every update");
        assertThat(compilation).hadErrorContaining("write @NotBlank(groups = Create.class)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void theColumnMustHoldTheHash(@TempDir Path migrations) {
        Compilation compilation = compile(EntitySource.entity("Pet")
                .field("@Sensitive(hashed = true) @Size(max = 64) @Column(length = 64)", "String", "password"),
                migrations);

        assertThat(compilation).hadErrorContaining(Code.INVALID_SECRET.tag()
                + " @Column(length = 64) on the hashed secret Pet.password cannot hold its hash");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSecretRequiredOnCreateOnlyCompiles(@TempDir Path migrations) {
        Compilation compilation = compile(EntitySource.entity("Pet").field(
                "@Sensitive(hashed = true) @NotBlank(groups = Create.class) @Size(min = 8, max = 72)", "String",
                "password"), migrations);

        assertThat(compilation).succeededWithoutWarnings();
    }

    private static Compilation compile(EntitySource entity, Path migrations) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("--release", "17", "-Xlint:all,-processing", "-Werror",
                        "-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + migrations)
                .compile(List.of(entity.file()));
    }
}
