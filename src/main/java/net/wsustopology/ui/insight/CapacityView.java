package net.wsustopology.ui.insight;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Capacity;
import net.wsustopology.insight.FanOut;
import net.wsustopology.insight.TierCount;
import net.wsustopology.model.Server;

/**
 * Capacity by tier: servers and clients per tier and per root, a depth histogram, and every
 * upstream's fan-out against {@code limits.maxDownstreamServers}.
 */
public final class CapacityView extends Region {
    private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance();

    private final Document document;
    private final GridPane tierGrid = new GridPane();
    private final DepthHistogram histogram = new DepthHistogram();
    private final TableView<Map.Entry<Server, TierCount>> roots = new TableView<>();
    private final ListView<FanOut> fanOuts = new ListView<>();
    private final SimpleDoubleProperty fanOutNameWidth = new SimpleDoubleProperty(200);
    private final Label summary = new Label();
    private final LiveRefresh live;
    private Capacity capacity;

    public CapacityView(Document document, Consumer<Server> reveal) {
        this.document = document;
        getStyleClass().addAll("insight-view", "capacity");
        InsightStyles.attach(this);

        tierGrid.getStyleClass().add("capacity-grid");
        tierGrid.setHgap(16);
        tierGrid.setVgap(4);

        roots.setPlaceholder(new Label("No roots."));
        roots.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        roots.getColumns().setAll(List.of(
                rootColumn("Root", 200, e -> e.getKey().label()),
                rootColumn("Servers", 80, e -> NUMBERS.format(e.getValue().servers())),
                rootColumn("Clients", 100, e -> NUMBERS.format(e.getValue().clients()))));
        roots.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) pick(entry.getKey(), reveal);
        });

        fanOuts.setPlaceholder(new Label("No server has downstream servers."));
        fanOuts.setCellFactory(list -> new FanOutCell(fanOutNameWidth));
        fanOuts.getSelectionModel().selectedItemProperty().addListener((obs, old, fanOut) -> {
            if (fanOut != null) pick(fanOut.upstream(), reveal);
        });

        Label title = new Label("Capacity by tier");
        title.getStyleClass().add("insight-title");
        summary.getStyleClass().add("insight-muted");
        HBox toolbar = new HBox(8, title, summary);
        toolbar.getStyleClass().add("insight-toolbar");

        HBox top = new HBox(32, section("Per tier", tierGrid), section("Depth", histogram));
        top.getStyleClass().add("capacity-top");
        VBox rootsBox = section("Per root (whole subtree)", roots);
        VBox fanOutBox = section("Fan-out per upstream", fanOuts);
        VBox.setVgrow(roots, Priority.ALWAYS);
        VBox.setVgrow(fanOuts, Priority.ALWAYS);
        SplitPane bottom = new SplitPane(rootsBox, fanOutBox);
        bottom.setDividerPositions(0.4);
        // side by side: the view lives in the editor's wide, short bottom area
        HBox body = new HBox(16, top, bottom);
        body.getStyleClass().add("capacity-body");
        HBox.setHgrow(bottom, Priority.ALWAYS);

        BorderPane layout = new BorderPane(body);
        layout.setTop(toolbar);
        getChildren().add(layout);

        live = new LiveRefresh(document, Set.of(Server.NAME, Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID,
                Server.CLIENTS), false, this::refresh);
        refresh();
    }

    @Override protected void layoutChildren() {
        getChildren().get(0).resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override protected double computePrefWidth(double height) { return 820; }

    @Override protected double computePrefHeight(double width) { return 520; }

    public Capacity capacity() { return capacity; }


    public void dispose() { live.detach(); }

    void refresh() {
        capacity = Capacity.of(document.topology());
        fillTierGrid();
        histogram.show(capacity);
        roots.getItems().setAll(capacity.byRoot().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        fanOutNameWidth.set(FanOutCell.nameWidth(capacity.fanOuts()));
        fanOuts.getItems().setAll(capacity.fanOuts());
        long clients = 0;
        for (Server s : document.topology().servers()) clients += s.getClients();
        summary.setText(NUMBERS.format(document.topology().size()) + " servers, " + NUMBERS.format(clients)
                + " clients, " + capacity.depth() + (capacity.depth() == 1 ? " tier" : " tiers"));
    }

    private void pick(Server server, Consumer<Server> reveal) {
        document.selection().select(server);
        reveal.accept(server);
    }

    private void fillTierGrid() {
        tierGrid.getChildren().clear();
        tierGrid.addRow(0, header("Tier"), header("Servers"), header("Clients"));
        int row = 1;
        for (Map.Entry<Integer, TierCount> e : capacity.byTier().entrySet()) {
            addTierRow(row++, "Tier " + e.getKey(), e.getValue());
        }
        if (capacity.noTier().servers() > 0) addTierRow(row, "No tier (loop or dangling)", capacity.noTier());
    }

    private void addTierRow(int row, String caption, TierCount count) {
        tierGrid.addRow(row, new Label(caption), new Label(NUMBERS.format(count.servers())),
                new Label(NUMBERS.format(count.clients())));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("capacity-header");
        return label;
    }

    private static VBox section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("capacity-section-title");
        VBox box = new VBox(2, label, content);
        box.getStyleClass().add("capacity-section");
        return box;
    }

    private static TableColumn<Map.Entry<Server, TierCount>, String> rootColumn(
            String title, double width, Function<Map.Entry<Server, TierCount>, String> text) {
        TableColumn<Map.Entry<Server, TierCount>, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
