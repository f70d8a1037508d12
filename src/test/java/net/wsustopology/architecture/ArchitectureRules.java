package net.wsustopology.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

    /**
     * The ui features (every package of ui but shell and common, present or future) use only
     * themselves and ui.common: never another feature, never the shell; ui.common uses no feature.
     * The shell, the window's composition root, is the one place that wires features together.
     */
    static ArchRule uiFeaturesUseOnlyCommon(String root) {
        String ui = root + ".ui";
        return classes().that().resideInAPackage(ui + "..").and().resideOutsideOfPackage(ui + ".shell..")
                .should(new ArchCondition<JavaClass>("depend on no ui package but their own and ui.common") {
                    @Override public void check(JavaClass from, ConditionEvents events) {
                        String own = uiPackageOf(ui, from.getPackageName());
                        for (Dependency d : from.getDirectDependenciesFromSelf()) {
                            String target = uiPackageOf(ui, d.getTargetClass().getPackageName());
                            if (target == null || target.equals(own) || target.equals("ui.common")) continue;
                            events.add(SimpleConditionEvent.violated(d, own + " -> " + target + ": " + d.getDescription()));
                        }
                    }
                })
                .as("the ui features of " + root + " depend on no other feature and not on ui.shell; ui.common on no feature");
    }

    /** The package of ui that {@code pkg} belongs to ("ui.drift" for ui.drift.anything, "ui" for ui itself), null outside ui. */
    private static String uiPackageOf(String ui, String pkg) {
        if (pkg.equals(ui)) return "ui";
        if (!pkg.startsWith(ui + ".")) return null;
        String below = pkg.substring(ui.length() + 1);
        int dot = below.indexOf('.');
        return "ui." + (dot < 0 ? below : below.substring(0, dot));
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
        return List.of(headless(root), plainModel(root), noTopLevelCycle(root), noUiCycle(root), uiFeaturesUseOnlyCommon(root),
                layers(root));
    }
}
