package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** An entity whose field type another processor generates is processed in a later round, not reported. */
class DeferralTest {

    /** Generates {@code test.Colour} in the first round, as a code generator beside Stratum might. */
    static final class ColourGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("test.Colour").openWriter()) {
                    out.write("package test; public enum Colour { RED, GREEN }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void waitsForGeneratedFieldTypes() {
        EntitySource pet = entity("Pet").field("@NotNull @Enumerated(EnumType.STRING)", "Colour", "colour");

        Compilation compilation = Compiler.javac()
                .withProcessors(new StratumProcessor(), new ColourGenerator())
                .compile(pet.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.PetRepository")
                .contentsAsUtf8String().contains("JdbcValues.getEnum(row, 3, Colour::valueOf)");
    }
}
