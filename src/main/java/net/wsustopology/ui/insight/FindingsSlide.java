package net.wsustopology.ui.insight;

import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import net.wsustopology.insight.FindingsInWords;
import net.wsustopology.ui.common.WrappedLabels;
import net.wsustopology.validation.Findings;
import net.wsustopology.model.Topology;

/** The findings slide: per rule, worst first, its plain sentence, then how many servers and which. */
final class FindingsSlide extends ScrollPane {
    FindingsSlide(Findings findings, Topology plan) {
        VBox lines = new VBox();
        lines.getStyleClass().add("findings-slide");
        List<FindingsInWords.RuleLine> rules = FindingsInWords.of(findings, plan.servers());
        if (rules.isEmpty()) lines.getChildren().add(WrappedLabels.of("No findings: the plan follows every rule.", "findings-slide-words"));
        for (FindingsInWords.RuleLine rule : rules) {
            VBox block = new VBox(WrappedLabels.of(rule.words(), "findings-slide-words"),
                    WrappedLabels.of(rule.count() + " · " + rule.severity().code() + " · " + rule.ruleId() + ": " + rule.names(), "findings-slide-servers"));
            block.getStyleClass().addAll("findings-slide-rule", "severity-" + rule.severity().code());
            lines.getChildren().add(block);
        }
        setContent(lines);
        setFitToWidth(true);
        getStyleClass().add("findings-slide-scroll");
    }

}
