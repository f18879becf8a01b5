package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares generated files byte for byte with {@code src/test/resources/golden/schema/<case>/expected}. An unexpected
 * or missing file fails too. Run with {@code -Dstratum.updateGoldens=true} to rewrite the expected files on purpose.
 */
final class GoldenFiles {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden", "schema");
    private static final boolean UPDATE = Boolean.getBoolean("stratum.updateGoldens");

    private GoldenFiles() {
    }

    static void assertMatches(String caseName, Map<String, String> actual) {
        Path expectedDir = ROOT.resolve(caseName).resolve("expected");
        if (UPDATE) {
            write(expectedDir, actual);
        }
        Map<String, String> expected = read(expectedDir);
        assertThat(actual.keySet()).as("files of golden case %s", caseName)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        actual.forEach((path, content) ->
                assertThat(content).as("%s/%s", caseName, path).isEqualTo(expected.get(path)));
    }

    private static Map<String, String> read(Path dir) {
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void write(Path dir, Map<String, String> files) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (var file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
