package org.juesuan.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays a plain domain: no frameworks, no binary floating point near money. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.juesuan.core");

    private static final String[] MONEY_PACKAGES = {
        "org.juesuan.core.money..",
        "org.juesuan.core.dataset..",
        "org.juesuan.core.table..",
        "org.juesuan.core.layout.."
    };

    @Test
    void coreDependsOnNoFrameworkNorOfficeOrBindingLibrary() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.poi..",
                        "com.fasterxml.jackson.databind..",
                        "org.jsoup..",
                        "org.apache.pdfbox..",
                        "picocli..")
                .check(CORE);
    }

    @Test
    void coreDependsOnNoOuterModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.juesuan.importer..", "org.juesuan.render..", "org.juesuan.app..", "org.juesuan.cli..")
                .check(CORE);
    }

    @Test
    void noFloatingPointFieldsWhereMoneyIsHandled() {
        fields().that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(MONEY_PACKAGES)
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .andShould()
                .notHaveRawType(Float.class)
                .check(CORE);
    }

    @Test
    void noFloatingPointParametersOrResultsWhereMoneyIsHandled() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(MONEY_PACKAGES)
                .should()
                .notHaveRawReturnType(double.class)
                .andShould()
                .notHaveRawReturnType(float.class)
                .check(CORE);
        noClasses()
                .that()
                .resideInAnyPackage(MONEY_PACKAGES)
                .should()
                .callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .orShould()
                .callConstructor(java.math.BigDecimal.class, double.class)
                .orShould()
                .callMethod(java.math.BigDecimal.class, "doubleValue")
                .check(CORE);
    }
}
