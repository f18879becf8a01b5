package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the whole processor: each case under {@code golden/processor/<case>/input} is compiled with the
 * processor under {@code -Xlint:all -Werror}; every generated source must equal {@code expected/java}, the migrations
 * written to the project folder must equal {@code expected/migrations}, and the class output must carry the same
 * migration files; the OpenAPI document in the class output must equal {@code expected/openapi}.
 */
class GoldenProcessorTest {

    static final Path CASES = Golden.ROOT.resolve("processor");
    static final String OPENAPI_FOLDER = "/CLASS_OUTPUT/META-INF/stratum/";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatesExactlyTheExpectedFiles(String name, @TempDir Path migrations) {
        Path dir = CASES.resolve(name);
        Compilation compilation = compile(dir.resolve("input"), migrations);

        assertThat(compilation).succeeded();
        Golden.assertMatches(dir.resolve("expected/java"), generated(compilation, "/SOURCE_OUTPUT/", ".java"));
        Map<String, String> written = Golden.read(migrations);
        Golden.assertMatches(dir.resolve("expected/migrations"), written);
        Map<String, String> classOutput = generated(compilation, "/CLASS_OUTPUT/db/migration/", "");
        assertThat(classOutput).as("migration files in the class output").isEqualTo(written);
        Golden.assertMatches(dir.resolve("expected/openapi"), generated(compilation, OPENAPI_FOLDER, ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isDeterministic(String name, @TempDir Path first, @TempDir Path second) {
        Path input = CASES.resolve(name).resolve("input");
        Compilation one = compile(input, first);
        Compilation two = compile(input, second);

        assertThat(generated(one, "/SOURCE_OUTPUT/", ".java")).isEqualTo(generated(two, "/SOURCE_OUTPUT/", ".java"));
        assertThat(Golden.read(first)).isEqualTo(Golden.read(second));
        assertThat(generated(one, OPENAPI_FOLDER, "")).isEqualTo(generated(two, OPENAPI_FOLDER, ""));
    }

    static Compilation compile(Path input, Path migrations) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("--release", "17", "-Xlint:all,-processing", "-Werror",
                        "-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + migrations)
                .compile(sources(input));
    }

    static List<JavaFileObject> sources(Path input) {
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().map(path -> {
                try {
                    return JavaFileObjects.forResource(path.toUri().toURL());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generated files whose URI path starts with {@code prefix}, by the rest of the path. */
    static Map<String, String> generated(Compilation compilation, String prefix, String suffix) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.startsWith(prefix) && path.endsWith(suffix) && !path.endsWith(".class")) {
                try {
                    files.put(path.substring(prefix.length()), file.getCharContent(true).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
