package net.wsustopology.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of ARCHITECTURE.md as ArchUnit rules on bytecode, for the classes under
 * {@code root}: the product's ({@code net.wsustopology}) and, in {@link PlantedViolationsTest},
 * the planted violations under {@code archfixture}, which the product's check never imports.
 */
final class ArchitectureRules {
    private ArchitectureRules() { }

    /** Only ui and app touch JavaFX or ControlsFX: every other package, present or future, is headless. */
    static ArchRule headless(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(root + ".ui..", root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .as("only " + root + ".ui and " + root + ".app touch JavaFX or ControlsFX");
    }

    /** The model is plain Java: it knows no other package of the project and no file format. */
    static ArchRule plainModel(String root) {
        return classes().that().resideInAPackage(root + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".model..", "java..")
                .as("the model depends on nothing but itself and the JDK");
    }

    /** The top-level packages (model, io, ui...) depend on each other in one direction: no cycle of any length. */
    static ArchRule noTopLevelCycle(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
                .as("the top-level packages of " + root + " form no cycle");
    }

    /** The ui's own packages (shell, common and the features) form no cycle of any length. */
    static ArchRule noUiCycle(String root) {
        return slices().matching(root + ".ui.(*)..").namingSlices("ui.$1").should().beFreeOfCycles()
                .as("the packages of " + root + ".ui form no cycle");
    }

    /** The flow of ARCHITECTURE.md: each layer uses only the layers below it. */
    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy(root + ".model..")
                .layer("edits and checks").definedBy(root + ".command..", root + ".validation..", root + ".io..", root + ".layout..")
                .layer("answers").definedBy(root + ".diff..", root + ".insight..", root + ".document..")
                .layer("pictures and fixes").definedBy(root + ".diagram..", root + ".fix..")
                .layer("exports").definedBy(root + ".export..")
                .layer("front ends").definedBy(root + ".cli..", root + ".ui..", root + ".bench..")
                .layer("composition root").definedBy(root + ".app..")
                .whereLayer("composition root").mayNotBeAccessedByAnyLayer()
                .whereLayer("front ends").mayOnlyBeAccessedByLayers("composition root")
                .whereLayer("exports").mayOnlyBeAccessedByLayers("front ends", "composition root")
                .whereLayer("pictures and fixes").mayOnlyBeAccessedByLayers("exports", "front ends", "composition root")
                .whereLayer("answers").mayOnlyBeAccessedByLayers("pictures and fixes", "exports", "front ends", "composition root")
                .whereLayer("edits and checks").mayOnlyBeAccessedByLayers("answers", "pictures and fixes", "exports", "front ends",
                        "composition root")
                .as("the layers of the flow: model < edits and checks < answers < pictures and fixes < exports < front ends < app");
    }

    static List<ArchRule> all(String root) {
        return List.of(headless(root), plainModel(root), noTopLevelCycle(root), noUiCycle(root), layers(root));
    }
}
