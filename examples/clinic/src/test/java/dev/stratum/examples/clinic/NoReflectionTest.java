package dev.stratum.examples.clinic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The generated code (repositories, validators, services, controllers, wiring) and the Stratum runtime it calls never
 * use reflection: everything is plain, compiled Java.
 */
class NoReflectionTest {

    private static final JavaClasses GENERATED_AND_RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stratum.examples.clinic", "dev.stratum.runtime");

    @Test
    void theImportSeesGeneratedAndRuntimeClasses() {
        assertThat(GENERATED_AND_RUNTIME.contain("dev.stratum.examples.clinic.pet.PetRepository")).isTrue();
        assertThat(GENERATED_AND_RUNTIME.contain("dev.stratum.runtime.validation.Checks")).isTrue();
    }

    @Test
    void nothingUsesJavaLangReflect() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
                .check(GENERATED_AND_RUNTIME);
    }

    @Test
    void nothingLoadsClassesByName() {
        noClasses().should().callMethod(Class.class, "forName", String.class)
                .check(GENERATED_AND_RUNTIME);
    }
}
