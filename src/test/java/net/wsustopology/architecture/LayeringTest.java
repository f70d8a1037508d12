package net.wsustopology.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's bytecode keeps ARCHITECTURE.md's layering ({@link ArchitectureRules}); each rule
 * is shown failing on a planted violation in {@link PlantedViolationsTest}.
 */
class LayeringTest {
    private static final String ROOT = "net.wsustopology";
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void onlyUiAndAppTouchJavafxOrControlsfx() { ArchitectureRules.headless(ROOT).check(product); }

    @Test
    void theModelIsPlainJava() { ArchitectureRules.plainModel(ROOT).check(product); }

    @Test
    void topLevelPackagesFormNoCycle() { ArchitectureRules.noTopLevelCycle(ROOT).check(product); }

    @Test
    void uiPackagesFormNoCycle() { ArchitectureRules.noUiCycle(ROOT).check(product); }

    @Test
    void uiFeaturesUseOnlyUiCommon() { ArchitectureRules.uiFeaturesUseOnlyCommon(ROOT).check(product); }

    @Test
    void eachLayerUsesOnlyTheLayersBelow() { ArchitectureRules.layers(ROOT).check(product); }
}
