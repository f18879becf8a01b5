package dev.stratum.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline's layering honest: only the scan stage and the processor itself see javac's element model. */
class ArchitectureTest {

    private static final JavaClasses PROCESSOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stratum.processor");

    @Test
    void theRulesBelowSeeEveryStage() {
        assertThat(PROCESSOR.contain("dev.stratum.processor.StratumProcessor")).isTrue();
        for (String stage : List.of("scan", "model", "rules", "schema", "generate", "diagnostics")) {
            assertThat(PROCESSOR.stream().filter(type -> type.getPackageName().equals("dev.stratum.processor." + stage)))
                    .as("classes of the %s stage", stage).isNotEmpty();
        }
    }

    @Test
    void modelRulesSchemaAndDiagnosticsArePure() {
        noClasses().that().resideInAnyPackage("..processor.model..", "..processor.rules..", "..processor.schema..",
                        "..processor.diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.lang.model..", "javax.annotation.processing..")
                .check(PROCESSOR);
    }

    @Test
    void writersReadTheModelOnly() {
        DescribedPredicate<JavaClass> elementModel = new DescribedPredicate<>("javac's element model (but Modifier)") {
            @Override
            public boolean test(JavaClass type) {
                return (type.getPackageName().startsWith("javax.lang.model")
                        || type.getPackageName().startsWith("javax.annotation.processing"))
                        && !type.getName().equals("javax.lang.model.element.Modifier");
            }
        };
        noClasses().that().resideInAPackage("..processor.generate..")
                .should().dependOnClassesThat(elementModel)
                .check(PROCESSOR);
    }

    @Test
    void laterStagesNeverReachBackIntoEarlierOnes() {
        noClasses().that().resideInAnyPackage("..processor.model..", "..processor.schema..", "..processor.generate..",
                        "..processor.rules..")
                .should().dependOnClassesThat().resideInAPackage("..processor.scan..")
                .check(PROCESSOR);
        noClasses().that().resideInAnyPackage("..processor.generate..", "..processor.schema..")
                .should().dependOnClassesThat().resideInAPackage("..processor.rules..")
                .check(PROCESSOR);
    }

    @Test
    void noReflection() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.lang.reflect..").check(PROCESSOR);
    }
}
