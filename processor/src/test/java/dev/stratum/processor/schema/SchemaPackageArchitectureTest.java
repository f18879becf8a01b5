package dev.stratum.processor.schema;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The schema stage is pure: no compiler API, no reflection, so it stays testable without javac. */
class SchemaPackageArchitectureTest {

    @Test
    void dependsNeitherOnTheCompilerNorOnReflection() {
        JavaClasses schema = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stratum.processor.schema");

        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javax.lang.model..", "javax.annotation.processing..", "java.lang.reflect..")
                .check(schema);
    }
}
