package net.wsustopology.ui.insight;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.Severity;

/** Counts of findings per severity and the most frequent rules, for the servers on screen. */
final class FindingsSummary extends VBox {
    private static final int TOP_RULES = 8;

    FindingsSummary() {
        super(6);
        getStyleClass().add("findings-summary");
    }

    void show(Findings findings, Collection<Server> servers) {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Server s : servers) {
            for (Finding f : findings.of(s.id())) {
                counts.merge(f.severity(), 1, Integer::sum);
                byRule.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        getChildren().clear();
        HBox totals = new HBox(16);
        for (Severity severity : Severity.values()) {
            Label count = new Label(Edits.plural(counts.getOrDefault(severity, 0), severity.code()));
            count.getStyleClass().addAll("summary-count", "text-" + severity.code());
            totals.getChildren().add(count);
        }
        getChildren().add(totals);
        if (byRule.isEmpty()) {
            Label clean = new Label("No findings: this part of the plan follows every rule.");
            clean.getStyleClass().add("summary-rule");
            clean.setWrapText(true);
            getChildren().add(clean);
            return;
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_RULES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, Integer> e : top.entrySet()) {
            Label rule = new Label(e.getKey() + "  ×" + e.getValue());
            rule.getStyleClass().add("summary-rule");
            getChildren().add(rule);
        }
        if (byRule.size() > TOP_RULES) {
            Label more = new Label("and " + (byRule.size() - TOP_RULES) + " more rules");
            more.getStyleClass().add("insight-muted");
            getChildren().add(more);
        }
    }
}
