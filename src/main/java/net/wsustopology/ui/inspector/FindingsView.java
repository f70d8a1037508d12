package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import net.wsustopology.model.Server;
import net.wsustopology.ui.issues.SeverityIcon;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;

/** The findings of the inspected servers, worst first, above the settings. */
final class FindingsView extends VBox {
    static final int MAX_SHOWN = 30;

    FindingsView() {
        getStyleClass().add("inspector-findings");
        setSpacing(4);
    }

    void show(List<Server> servers, Findings findings) {
        List<Finding> list = new ArrayList<>();
        for (Server s : servers) list.addAll(findings.of(s.id()));
        list.sort((a, b) -> a.severity().compareTo(b.severity()));
        getChildren().clear();
        if (list.isEmpty()) {
            Label ok = new Label(servers.size() == 1 ? "No issues on this server" : "No issues on these servers");
            ok.getStyleClass().add("findings-ok");
            getChildren().add(ok);
            return;
        }
        for (Finding f : list.subList(0, Math.min(MAX_SHOWN, list.size()))) getChildren().add(row(f, servers.size() > 1));
        if (list.size() > MAX_SHOWN) {
            Label more = new Label("and " + (list.size() - MAX_SHOWN) + " more in the issues list");
            more.getStyleClass().add("hint");
            getChildren().add(more);
        }
    }

    private static HBox row(Finding f, boolean withServer) {
        Label rule = new Label(f.ruleId(), SeverityIcon.of(f.severity()));
        rule.getStyleClass().add("finding-rule");
        rule.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label((withServer ? f.serverId() + ": " : "") + f.message());
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(6, rule, message);
        row.getStyleClass().addAll("finding-row", "finding-" + f.severity().code());
        return row;
    }
}
