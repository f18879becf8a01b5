package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.diagnostics.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a project may tune with processor options, and what a wrong option value does. */
class RuleOptionsTest {

    /** A pet list that asks for pages of up to 2000. */
    private static final EntitySource BIG_PAGES = entity("Pet")
            .annotate("@Expose(path = \"/api/pets\", operations = Operation.LIST, maxPageSize = 2000)")
            .annotate("@Allow(value = Operation.LIST, access = AccessLevel.PUBLIC)");

    @Test
    void pagesAreAtMostAThousandByDefault() {
        Compilation compilation = compile();

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPOSURE.tag() + " maxPageSize of Pet must be between"
                + " 1 and 1000");
    }

    @Test
    void aProjectCanRaiseThePageSizeCeiling() {
        assertThat(compile("-A" + StratumProcessor.PAGE_SIZE_CEILING_OPTION + "=2000")).succeeded();
    }

    @Test
    void aProjectCanLowerThePageSizeCeiling() {
        Compilation compilation = compile("-A" + StratumProcessor.PAGE_SIZE_CEILING_OPTION + "=1500");

        assertThat(compilation).hadErrorContaining("maxPageSize of Pet must be between 1 and 1500");
    }

    @Test
    void theCeilingItselfIsBounded() {
        Compilation tooHigh = compile("-A" + StratumProcessor.PAGE_SIZE_CEILING_OPTION + "=1000000");
        Compilation notANumber = compile("-A" + StratumProcessor.PAGE_SIZE_CEILING_OPTION + "=lots");

        assertThat(tooHigh).hadErrorContaining(Code.INVALID_OPTION.tag() + " -Astratum.rules.pageSizeCeiling=1000000"
                + " is not a whole number between 1 and 10000");
        assertThat(tooHigh).hadErrorContaining("maxPageSize of Pet must be between 1 and 1000");
        assertThat(notANumber).hadErrorContaining(Code.INVALID_OPTION.tag() + " -Astratum.rules.pageSizeCeiling=lots");
    }

    private static Compilation compile(String... options) {
        return Compiler.javac().withProcessors(new StratumProcessor()).withOptions(List.of(options))
                .compile(BIG_PAGES.file());
    }
}
