package net.wsustopology.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import net.wsustopology.command.CommandStackListener;
import net.wsustopology.command.Edits;
import net.wsustopology.diagram.Marks;
import net.wsustopology.document.Document;
import net.wsustopology.document.Selection;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.SyncDuration;
import net.wsustopology.ui.common.WrappedLabels;
import net.wsustopology.validation.Finding;

/**
 * Shows and edits the selected servers, laid out like the WSUS console's "Update Source and
 * Proxy Server" dialog plus the planning settings; with nothing selected it edits the plan.
 * It never changes the model itself: every edit is a command executed through the document,
 * and after every command (undo and redo included) it shows the model again.
 */
public class InspectorPane extends VBox {
    /** Room for about three wrapped findings; more scroll. */
    static final double FINDINGS_HEIGHT = 110;

    private final Document document;
    private final EditTargets targets;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox header = new VBox(2, title, subtitle);
    private final FindingsView findings = new FindingsView();
    /** The findings scroll in a box of one height, so the fields below never move while the list changes. */
    private final ScrollPane findingsBox = new ScrollPane(findings);
    private final TabPane tabs = new TabPane();
    private final List<ServerTab> serverTabs;
    private final UpdateSourceTab updateSource;
    private final PlanSettingsForm plan;
    private final Consumer<Selection> selectionListener = selection -> retarget();
    private final CommandStackListener stackListener = stack -> refresh();

    public InspectorPane(Document document) {
        this(document, new SyncDuration());
    }

    /** {@code syncDuration}: the window's assumed sync duration, for the worst-case delay on the Schedule tab. */
    public InspectorPane(Document document, SyncDuration syncDuration) {
        this.document = document;
        this.targets = new EditTargets(document);
        getStyleClass().add("inspector");
        header.getStyleClass().add("inspector-header");
        title.getStyleClass().add("inspector-title");
        title.setId("inspector-title");
        subtitle.getStyleClass().add("inspector-subtitle");
        // the header keeps its lines when the window is short: the tabs below scroll instead
        for (Label l : List.of(title, subtitle)) WrappedLabels.wrap(l);
        findings.setId("inspector-findings");
        findingsBox.setId("inspector-findings-box");
        findingsBox.getStyleClass().add("inspector-findings-box");
        findingsBox.setFitToWidth(true);
        findingsBox.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        findingsBox.setMinHeight(FINDINGS_HEIGHT);
        findingsBox.setPrefHeight(FINDINGS_HEIGHT);
        findingsBox.setMaxHeight(FINDINGS_HEIGHT);
        updateSource = new UpdateSourceTab(targets);
        serverTabs = List.of(new GeneralTab(targets), updateSource, new ProxyTab(targets), new LanguagesTab(targets), new ScheduleTab(targets, syncDuration));
        tabs.getTabs().addAll(serverTabs);
        tabs.setId("inspector-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        plan = new PlanSettingsForm(document);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox.setVgrow(plan, Priority.ALWAYS);
        setMinWidth(280);
        setPrefWidth(400);
        document.selection().addListener(selectionListener);
        document.commands().addListener(stackListener);
        retarget();
    }

    /** Gives the findings above the settings a "Fix" menu each, or the sentence that says why one has none. */
    public void useFixes(Function<Finding, List<MenuItem>> fixes, Function<Finding, Optional<String>> whyNone) {
        findings.useFixes(fixes, whyNone);
        refresh();
    }

    /** Brings the field with this id to the front and gives it the focus (a quick fix that needs a choice). */
    public void focusField(String fieldId) {
        for (ServerTab tab : serverTabs) {
            Node field = tab.field(fieldId);
            if (field == null) continue;
            tabs.getSelectionModel().select(tab);
            field.requestFocus();
            return;
        }
    }

    /** Stops following the document (when the pane is thrown away before the document). */
    public void dispose() {
        document.selection().removeListener(selectionListener);
        document.commands().removeListener(stackListener);
    }

    private void retarget() {
        commitPending();
        targets.set(document.selection().asList());
        boolean showPlan = targets.isEmpty();
        if (showPlan && !getChildren().contains(plan)) getChildren().setAll(header, plan);
        if (!showPlan && !getChildren().contains(tabs)) getChildren().setAll(header, findingsBox, tabs);
        refresh();
    }

    /** Edits typed but not committed belong to the servers they were typed for. */
    private void commitPending() {
        if (targets.isEmpty()) plan.commitPending();
        else for (ServerTab tab : serverTabs) tab.commitPending();
    }

    private void refresh() {
        if (targets.isEmpty()) {
            title.setText("Plan settings");
            subtitle.setText(Edits.plural(document.topology().size(), "server") + " in the plan");
            plan.refresh();
            return;
        }
        List<Server> servers = targets.servers();
        if (servers.size() == 1) {
            title.setText(servers.get(0).label());
            subtitle.setText(Marks.roleLine(document.topology(), servers.get(0)));
        } else {
            title.setText(servers.size() + " servers selected");
            subtitle.setText("A change applies to all of them; an empty field means their values differ.");
        }
        findings.show(servers, document.findings());
        for (ServerTab tab : serverTabs) tab.refresh();
    }

    /** The "Server name" chooser's message, for tests and accessibility checks. */
    String upstreamMessage() { return updateSource.upstreamMessage(); }
}
