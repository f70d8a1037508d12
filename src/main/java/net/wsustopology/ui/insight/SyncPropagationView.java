package net.wsustopology.ui.insight;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Delay;
import net.wsustopology.insight.DelayAxis;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.SyncDuration;

/**
 * Worst-case time from a Microsoft Update release to each server, slowest first, for an
 * assumed sync duration the user sets. {@link #heat()} gives the same figures for a canvas overlay.
 */
public final class SyncPropagationView extends Region {
    public static final int DEFAULT_DURATION_MINUTES = SyncDuration.DEFAULT_MINUTES;

    private final Document document;
    private final Consumer<Server> reveal;
    private final TableView<Server> table = new TableView<>();
    private final Spinner<Integer> duration = new Spinner<>(0, SyncDuration.MAX_MINUTES, DEFAULT_DURATION_MINUTES, 5);
    private final Label summary = new Label();
    private final Label axisCaption = new Label();
    private final LiveRefresh live;
    private SyncPropagation propagation;
    private Map<String, Double> heat = Map.of();
    private DelayAxis axis = new DelayAxis(0, 0);
    private boolean updating;
    private final FollowSelection follow;
    private final SyncDuration setting;

    public SyncPropagationView(Document document, Consumer<Server> reveal) {
        this(document, reveal, new SyncDuration());
    }

    /** {@code setting}: the window's shared sync duration, which the spinner edits. */
    public SyncPropagationView(Document document, Consumer<Server> reveal, SyncDuration setting) {
        this.document = document;
        this.reveal = reveal;
        this.setting = setting;
        getStyleClass().addAll("insight-view", "sync-propagation");
        InsightStyles.attach(this);
        follow = new FollowSelection(document.selection(), table, null);

        duration.getValueFactory().valueProperty().bindBidirectional(setting.minutesProperty());
        duration.setEditable(true);
        duration.setPrefWidth(90);
        duration.setTooltip(new Tooltip("How long one synchronization is assumed to take, in minutes."));
        duration.valueProperty().addListener((obs, old, value) -> refresh());

        table.setPlaceholder(new Label("No servers in this plan."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                textColumn("Server", 220, Server::label),
                textColumn("Tier", 50, this::tierText),
                textColumn("Schedule", 190, s -> s.getSync().summary()),
                delayColumn(),
                heatColumn()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, server) -> {
            if (!updating && !follow.isMoving() && server != null) {
                document.selection().select(server);
                reveal.accept(server);
            }
        });

        Label title = new Label("Sync propagation");
        title.getStyleClass().add("insight-title");
        Label durationLabel = new Label("Assumed sync duration (min)");
        summary.getStyleClass().add("insight-muted");
        axisCaption.getStyleClass().addAll("insight-muted", "axis-caption");
        axisCaption.setId("sync-axis-caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, title, summary, spacer, durationLabel, duration);
        toolbar.getStyleClass().add("insight-toolbar");

        BorderPane layout = new BorderPane(table);
        layout.setTop(new VBox(toolbar, axisCaption));
        getChildren().add(layout);

        live = new LiveRefresh(document, Set.of(Server.NAME, Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID,
                Server.SYNC), false, this::refresh);
        refresh();
    }

    @Override protected void layoutChildren() {
        getChildren().get(0).resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override protected double computePrefWidth(double height) { return 760; }

    @Override protected double computePrefHeight(double width) { return 420; }

    public TableView<Server> table() { return table; }


    /** 0..1 per server id against the slowest bounded server; manual ones are 1, disconnected ones absent. */
    public Map<String, Double> heat() { return heat; }

    public SyncPropagation propagation() { return propagation; }

    /** The line next to the title: the slowest automatic server and how many have no bound. */
    public String summary() { return summary.getText(); }

    public void dispose() {
        duration.getValueFactory().valueProperty().unbindBidirectional(setting.minutesProperty());
        live.detach();
        follow.detach();
    }

    void refresh() {
        Integer minutes = duration.getValue();
        propagation = SyncPropagation.of(document.topology(), minutes == null ? DEFAULT_DURATION_MINUTES : minutes);
        heat = propagation.heat();
        axis = DelayAxis.of(propagation);
        axisCaption.setText(axis.caption());
        Server selected = table.getSelectionModel().getSelectedItem();
        updating = true;
        try {
            table.getItems().setAll(propagation.slowestFirst());
            if (selected != null && table.getItems().contains(selected)) table.getSelectionModel().select(selected);
        } finally {
            updating = false;
        }
        summary.setText(summaryText());
    }

    /** The slowest server with a bound, and how many have none (manual, invalid schedule, not connected). */
    private String summaryText() {
        Server slowestBounded = null;
        int unbounded = 0;
        for (Server s : propagation.slowestFirst()) {
            if (!propagation.delay(s).isBounded()) unbounded++;
            else if (slowestBounded == null) slowestBounded = s;
        }
        StringBuilder text = new StringBuilder();
        if (slowestBounded != null) {
            text.append("slowest automatic: ").append(slowestBounded.label()).append(", ")
                    .append(propagation.delay(slowestBounded).describe());
        }
        if (unbounded > 0) {
            if (text.length() > 0) text.append("; ");
            text.append(unbounded).append(unbounded == 1 ? " server has" : " servers have").append(" no bound");
        }
        return text.toString();
    }

    private String tierText(Server s) {
        OptionalInt tier = document.topology().tier(s);
        return tier.isPresent() ? Integer.toString(tier.getAsInt()) : "-";
    }

    private static TableColumn<Server, String> textColumn(String title, double width, Function<Server, String> text) {
        TableColumn<Server, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private TableColumn<Server, Server> delayColumn() {
        TableColumn<Server, Server> column = new TableColumn<>("Worst-case delay");
        column.setPrefWidth(200);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Server s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("unbounded");
                if (!getStyleClass().contains("delay-cell")) getStyleClass().add("delay-cell");
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                Delay d = propagation.delay(s);
                setText(d.describe());
                if (!d.isBounded()) getStyleClass().add("unbounded");
            }
        });
        return column;
    }

    private TableColumn<Server, Server> heatColumn() {
        TableColumn<Server, Server> column = new TableColumn<>("Relative");
        column.setPrefWidth(140);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            {
                bar.getStyleClass().add("heat-bar");
                bar.setMaxWidth(Double.MAX_VALUE);
            }

            @Override protected void updateItem(Server s, boolean empty) {
                super.updateItem(s, empty);
                Double value = empty || s == null ? null : axis.position(propagation.delay(s));
                if (value == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(value);
                setGraphic(bar);
            }
        });
        return column;
    }
}
