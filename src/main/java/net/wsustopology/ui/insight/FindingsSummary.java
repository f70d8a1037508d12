package net.wsustopology.ui.insight;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.wsustopology.command.Edits;
import net.wsustopology.insight.FindingsInWords;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.WrappedLabels;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.Severity;

/** Counts of findings per severity, one a line, and the most frequent rules in words, for the servers on screen. */
final class FindingsSummary extends VBox {
    private static final int TOP_RULES = 4;

    FindingsSummary() {
        super(6);
        getStyleClass().add("findings-summary");
    }

    void show(Findings findings, Collection<Server> servers) {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Server s : servers) for (Finding f : findings.of(s.id())) counts.merge(f.severity(), 1, Integer::sum);
        getChildren().clear();
        for (Severity severity : Severity.values()) {
            Label count = WrappedLabels.of(Edits.plural(counts.getOrDefault(severity, 0), severity.code()), "summary-count");
            count.getStyleClass().add("text-" + severity.code());
            getChildren().add(count);
        }
        List<FindingsInWords.RuleLine> lines = FindingsInWords.of(findings, servers);
        if (lines.isEmpty()) {
            getChildren().add(WrappedLabels.of("No findings: this part of the plan follows every rule.", "summary-rule"));
            return;
        }
        for (FindingsInWords.RuleLine line : lines.subList(0, Math.min(TOP_RULES, lines.size()))) {
            getChildren().add(WrappedLabels.of(line.count() + " (" + line.ruleId() + "): " + line.words(), "summary-rule"));
        }
        if (lines.size() > TOP_RULES) {
            getChildren().add(WrappedLabels.of("and " + Edits.plural(lines.size() - TOP_RULES, "more rule") + " (see the findings slide)", "insight-muted"));
        }
    }

}
