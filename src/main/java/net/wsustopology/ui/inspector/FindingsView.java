package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.SeverityIcon;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;

/** The findings of the inspected servers, worst first, above the settings. */
final class FindingsView extends VBox {
    static final int MAX_SHOWN = 30;

    private Function<Finding, List<MenuItem>> fixes = f -> List.of();
    private Function<Finding, Optional<String>> whyNone = f -> Optional.empty();

    /** Gives each finding row a "Fix" menu with the finding's quick fixes, or the sentence that says why it has none. */
    void useFixes(Function<Finding, List<MenuItem>> fixes, Function<Finding, Optional<String>> whyNone) {
        this.fixes = fixes;
        this.whyNone = whyNone;
    }

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

    private HBox row(Finding f, boolean withServer) {
        Label rule = new Label(f.ruleId(), SeverityIcon.of(f.severity()));
        rule.getStyleClass().add("finding-rule");
        rule.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label((withServer ? f.serverId() + ": " : "") + f.message());
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        List<MenuItem> items = fixes.apply(f);
        VBox text = new VBox(2, message);
        if (items.isEmpty()) {
            whyNone.apply(f).ifPresent(reason -> {
                Label none = new Label(reason);
                none.setWrapText(true);
                none.getStyleClass().addAll("hint", "no-fix-reason");
                text.getChildren().add(none);
            });
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, rule, text);
        if (!items.isEmpty()) {
            MenuButton fix = new MenuButton("Fix");
            fix.getStyleClass().add("fix-button");
            fix.getItems().setAll(items);
            fix.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(fix);
        }
        row.getStyleClass().addAll("finding-row", "finding-" + f.severity().code());
        return row;
    }
}
