package dev.stratum.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;

/** Writes the class files of an in-memory compilation to a directory, so a test can load or compile against them. */
public final class CompiledClasses {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private CompiledClasses() {
    }

    /** Every class file of the compilation. */
    public static void write(Compilation compilation, Path classes) throws IOException {
        write(compilation, classes, path -> true);
    }

    /** The class files whose path below the class output (e.g. {@code test/Owner.class}) passes the filter. */
    public static void write(Compilation compilation, Path classes, Predicate<String> paths) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            String uri = file.toUri().getPath();
            if (file.getKind() != JavaFileObject.Kind.CLASS || !uri.contains(CLASS_OUTPUT)) {
                continue;
            }
            String path = uri.substring(uri.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length());
            if (paths.test(path)) {
                Path target = classes.resolve(path);
                Files.createDirectories(target.getParent());
                try (InputStream bytes = file.openInputStream()) {
                    Files.write(target, bytes.readAllBytes());
                }
            }
        }
    }
}
