package net.wsustopology.ui.insight;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.insight.Capacity;
import net.wsustopology.insight.TierCount;

/** Servers per tier as vertical bars (tier 1..n, then the servers without a tier). */
final class DepthHistogram extends HBox {
    private static final double MAX_BAR = 110;

    DepthHistogram() {
        super(10);
        setAlignment(Pos.BOTTOM_LEFT);
        getStyleClass().add("depth-histogram");
        setMinHeight(MAX_BAR + 44);
    }

    void show(Capacity capacity) {
        getChildren().clear();
        Map<Integer, TierCount> tiers = capacity.byTier();
        int max = capacity.noTier().servers();
        for (TierCount c : tiers.values()) max = Math.max(max, c.servers());
        for (Map.Entry<Integer, TierCount> e : tiers.entrySet()) {
            getChildren().add(bar("Tier " + e.getKey(), e.getValue().servers(), max, false));
        }
        if (capacity.noTier().servers() > 0) getChildren().add(bar("No tier", capacity.noTier().servers(), max, true));
    }

    private static VBox bar(String caption, int servers, int max, boolean noTier) {
        Region bar = new Region();
        bar.getStyleClass().add("histogram-bar");
        if (noTier) bar.getStyleClass().add("no-tier");
        double height = max == 0 ? 0 : Math.max(2, MAX_BAR * servers / max);
        bar.setMinSize(36, height);
        bar.setPrefSize(36, height);
        bar.setMaxSize(36, height);
        Label count = new Label(Integer.toString(servers));
        count.getStyleClass().add("histogram-label");
        Label label = new Label(caption);
        label.getStyleClass().add("histogram-label");
        VBox column = new VBox(2, count, bar, label);
        column.setAlignment(Pos.BOTTOM_CENTER);
        Tooltip.install(column, new Tooltip(servers + " servers at " + caption.toLowerCase()));
        return column;
    }
}
