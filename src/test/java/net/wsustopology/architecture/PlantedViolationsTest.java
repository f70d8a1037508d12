package net.wsustopology.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on the violation planted for it under
 * {@code archfixture} (test sources the product's check never imports), so a rule that
 * silently matches nothing cannot pass for a kept one.
 */
class PlantedViolationsTest {
    /** Checks {@code rule} for the planted tree {@code root} and returns ArchUnit's report. */
    private static String violation(Function<String, ArchRule> rule, String root) {
        JavaClasses planted = new ClassFileImporter().importPackages(root);
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.apply(root).check(planted), root);
        System.out.println(failure.getMessage());
        return failure.getMessage();
    }

    @Test
    void aModelClassHoldingAJavafxNodeIsCaught() {
        String report = violation(ArchitectureRules::headless, "archfixture.headless");
        assertTrue(report.contains("DrawsItself.node> has type <javafx.scene.Node>"), report);
    }

    @Test
    void aModelClassKnowingTheFileFormatIsCaught() {
        String report = violation(ArchitectureRules::plainModel, "archfixture.plainmodel");
        assertTrue(report.contains("KnowsTheFile.format> has type <archfixture.plainmodel.io.FileFormat>"), report);
    }

    @Test
    void aCycleOfThreeTopLevelPackagesIsCaught() {
        String report = violation(ArchitectureRules::noTopLevelCycle, "archfixture.cycles");
        assertTrue(report.contains("Cycle detected: diff"), report);
        assertTrue(report.contains("insight") && report.contains("fix"), report);
    }

    @Test
    void aCycleOfThreeUiPackagesIsCaught() {
        String report = violation(ArchitectureRules::noUiCycle, "archfixture.uicycles");
        assertTrue(report.contains("Cycle detected: ui.canvas"), report);
    }

    @Test
    void aFeatureReachingIntoAnotherFeatureIsCaught() {
        String report = violation(ArchitectureRules::uiFeaturesUseOnlyCommon, "archfixture.uifeatures");
        assertTrue(report.contains("ui.drift -> ui.canvas: Field <archfixture.uifeatures.ui.drift.Drift.canvas> has type "
                + "<archfixture.uifeatures.ui.canvas.Canvas>"), report);
        assertTrue(report.contains("(1 times)"), "the shell wiring both and the features using ui.common are allowed: " + report);
    }

    @Test
    void ioReachingUpIntoDiagramIsCaught() {
        String report = violation(ArchitectureRules::layers, "archfixture.layers");
        assertTrue(report.contains("ReadsPictures.picture> has type <archfixture.layers.diagram.Picture>"), report);
    }
}
