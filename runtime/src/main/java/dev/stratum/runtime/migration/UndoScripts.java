package dev.stratum.runtime.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The undo scripts of one vendor folder, found through the index the processor writes beside the migrations
 * ({@value #INDEX}), because a class loader cannot list a folder without scanning the classpath.
 */
final class UndoScripts {

    /** The index resource: one path per line, relative to {@value #ROOT}, such as {@code h2/U1__drop_pets.sql}. */
    static final String INDEX = "db/migration/stratum-index.txt";

    private static final String ROOT = "db/migration/";
    private static final Pattern UNDO_FILE = Pattern.compile("U(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private final ClassLoader classLoader;
    private final Map<MigrationVersion, String> pathsByVersion;

    private UndoScripts(ClassLoader classLoader, Map<MigrationVersion, String> pathsByVersion) {
        this.classLoader = classLoader;
        this.pathsByVersion = Map.copyOf(pathsByVersion);
    }

    /** Reads the index and keeps the {@code U} scripts in {@code vendor}'s folder. */
    static UndoScripts load(ClassLoader classLoader, String vendor) {
        String prefix = vendor + "/";
        var paths = new HashMap<MigrationVersion, String>();
        for (String line : read(classLoader, INDEX).lines().map(String::strip).toList()) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            Matcher undo = UNDO_FILE.matcher(line.substring(prefix.length()));
            if (undo.matches()) {
                paths.put(MigrationVersion.parse(undo.group(1)), line);
            }
        }
        return new UndoScripts(classLoader, paths);
    }

    /** The index path of the script that undoes {@code version}, if there is one. */
    Optional<String> pathOf(MigrationVersion version) {
        return Optional.ofNullable(pathsByVersion.get(version));
    }

    /** The text of a script named in the index. */
    String text(String path) {
        return read(classLoader, ROOT + path);
    }

    private static String read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UndoException("Resource " + resource + " is not on the classpath; "
                        + "compile the entities with the Stratum processor so it writes the migrations and their index.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
