package net.wsustopology.ui.issues;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.command.Edits;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.FindingsListener;
import net.wsustopology.validation.Severity;

/**
 * Every finding of the plan in a sortable, filterable table with counts. It follows the
 * document's findings as they change; choosing a row selects the server and asks the host
 * to reveal it (scroll the canvas to it).
 */
public class IssuesPane extends VBox {
    private final Document document;
    private final Consumer<Server> reveal;
    private final IssueRows rows;
    private final FilteredList<IssueRow> filtered;
    private final ChoiceBox<SeverityFilter> severity = new ChoiceBox<>();
    private final TextField filter = new TextField();
    private final Label counts = new Label();
    private final Label placeholder = new Label();
    private final IssuesTable table;
    private final FindingsListener findingsListener = this::findingsChanged;

    public IssuesPane(Document document, Consumer<Server> reveal) {
        this.document = document;
        this.reveal = reveal;
        getStyleClass().add("issues-pane");
        rows = new IssueRows(document.topology(), document.findings());
        filtered = new FilteredList<>(rows.rows());
        placeholder.getStyleClass().add("issues-placeholder");
        placeholder.setWrapText(true);
        table = new IssuesTable(placeholder, this::open);
        SortedList<IssueRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        severity.setId("issues-severity");
        severity.setItems(FXCollections.observableArrayList(SeverityFilter.ALL, SeverityFilter.only(Severity.ERROR),
                SeverityFilter.only(Severity.WARNING), SeverityFilter.only(Severity.INFO)));
        severity.setValue(SeverityFilter.ALL);
        severity.valueProperty().addListener((obs, old, now) -> applyFilter());
        filter.setId("issues-filter");
        filter.setPromptText("Filter by rule, server or text");
        filter.textProperty().addListener((obs, old, now) -> applyFilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        counts.setId("issues-counts");
        counts.getStyleClass().add("issues-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, severity, filter, counts);
        toolbar.getStyleClass().add("issues-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);

        document.findings().addListener(findingsListener);
        applyFilter();
    }

    /**
     * Offers the quick fixes of a row's finding in its context menu, with "Fix all" for the rule;
     * {@code fixes} gives the menu items of one finding, {@code whyNone} the sentence of a finding without fixes.
     */
    public void useFixes(Function<Finding, List<MenuItem>> fixes, Function<Finding, Optional<String>> whyNone) {
        table.useFixes(row -> fixes.apply(row.finding()), row -> whyNone.apply(row.finding()));
    }

    /** Stops following the document (when the pane is thrown away before the document). */
    public void dispose() { document.findings().removeListener(findingsListener); }

    private void findingsChanged(Set<String> serverIds) {
        rows.update(serverIds);
        table.refresh();
        updateCounts();
    }

    private void applyFilter() {
        SeverityFilter chosen = severity.getValue() == null ? SeverityFilter.ALL : severity.getValue();
        String needle = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        filtered.setPredicate(r -> chosen.accepts(r.finding().severity()) && r.matches(needle));
        updateCounts();
    }

    private void updateCounts() {
        Findings f = document.findings();
        String text = Edits.plural(f.count(Severity.ERROR), "error") + " · " + Edits.plural(f.count(Severity.WARNING), "warning")
                + " · " + f.count(Severity.INFO) + " info";
        if (filtered.size() != rows.rows().size()) text += " (showing " + filtered.size() + ")";
        counts.setText(text);
        placeholder.setText(rows.rows().isEmpty() ? "No issues: the plan follows every rule" : "No issue matches the filter");
    }

    private void open(IssueRow row) {
        Server server = document.topology().server(row.finding().serverId());
        if (server == null) return;
        document.selection().select(server);
        reveal.accept(server);
    }
}
