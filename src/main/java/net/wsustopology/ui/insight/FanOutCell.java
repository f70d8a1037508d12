package net.wsustopology.ui.insight;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import net.wsustopology.insight.FanOut;
import net.wsustopology.ui.common.NameWidths;

/** One upstream's fan-out: a bar against the limit, amber from 90%, red above 100%. */
final class FanOutCell extends ListCell<FanOut> {
    static final String[] LEVEL_CLASSES = {"fanout-ok", "fanout-near", "fanout-over"};

    private final Label name = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label count = new Label();
    private final HBox row = new HBox(8, name, bar, count);
    /** One tooltip per cell, re-texted as the cell is reused while scrolling. */
    private final Tooltip tip = new Tooltip();

    /** {@code nameWidth}: the same for every row, so the bars line up. */
    FanOutCell(ReadOnlyDoubleProperty nameWidth) {
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        name.minWidthProperty().bind(nameWidth);
        name.prefWidthProperty().bind(nameWidth);
        bar.getStyleClass().add("fanout-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        count.setMinWidth(110);
        count.getStyleClass().add("fanout-text");
        row.setFillHeight(false);
        row.getStyleClass().add("fanout-row");
    }

    @Override protected void updateItem(FanOut fanOut, boolean empty) {
        super.updateItem(fanOut, empty);
        bar.getStyleClass().removeAll(LEVEL_CLASSES);
        count.getStyleClass().removeAll(LEVEL_CLASSES);
        if (empty || fanOut == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String level = levelClass(fanOut.level());
        bar.getStyleClass().add(level);
        count.getStyleClass().add(level);
        name.setText(fanOut.upstream().label());
        bar.setProgress(Math.min(1.0, fanOut.ratio()));
        count.setText(fanOut.downstreams() + " / " + fanOut.limit());
        tip.setText(explain(fanOut));
        setTooltip(tip);
        setGraphic(row);
    }

    /** The name width that shows every upstream of {@code fanOuts} whole, from 120 up to 360 px. */
    static double nameWidth(List<FanOut> fanOuts) {
        return Math.min(360, Math.max(120, NameWidths.widest(fanOuts, f -> f.upstream().label(), f -> 4)));
    }

    static String levelClass(FanOut.Level level) {
        return switch (level) {
            case OK -> "fanout-ok";
            case NEAR_LIMIT -> "fanout-near";
            case OVER_LIMIT -> "fanout-over";
        };
    }

    private static String explain(FanOut f) {
        String who = f.upstream().label() + " serves " + f.downstreams() + " downstream servers (limit " + f.limit() + ")";
        return switch (f.level()) {
            case OK -> who + ".";
            case NEAR_LIMIT -> who + ": at 90% or more of the limit (FAN-02). Plan another upstream before adding more.";
            case OVER_LIMIT -> who + ": over the limit (FAN-01). Move some downstreams to another upstream or add a tier.";
        };
    }
}
