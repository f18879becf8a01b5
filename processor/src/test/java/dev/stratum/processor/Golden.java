package dev.stratum.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Byte-for-byte comparison of generated files with a committed expected tree. Run with
 * {@code -Dstratum.golden.update=true} to rewrite the expected files on purpose (then review the diff).
 */
public final class Golden {

    public static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("stratum.golden.update");
    }

    /** Asserts that {@code actual} (relative path → content) is exactly the tree under {@code expectedDir}. */
    public static void assertMatches(Path expectedDir, Map<String, String> actual) {
        if (updating()) {
            rewrite(expectedDir, actual);
            return;
        }
        Map<String, String> expected = read(expectedDir);
        assertThat(actual.keySet())
                .as("generated files under %s (an unexpected or missing file fails)", expectedDir)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, content) -> assertThat(actual.get(path))
                .as("%s/%s (rewrite with -Dstratum.golden.update=true after review)", expectedDir, path)
                .isEqualTo(content));
    }

    public static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void rewrite(Path dir, Map<String, String> files) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
