package net.wsustopology.ui.drift;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import net.wsustopology.diff.DriftKind;

/** A kind of drift as a Drift tab row's icon: its mark on a disc of its colour, as the card's badge shows it. */
final class DriftBadge {
    private DriftBadge() { }

    static Node of(DriftKind kind) {
        Circle back = new Circle(8);
        back.getStyleClass().addAll("legend-drift-badge", DriftOverlay.styleOf(kind));
        Text mark = new Text(kind.mark());
        mark.getStyleClass().add("card-glyph");
        StackPane badge = new StackPane(back, mark);
        badge.getStyleClass().add("drift-row-badge");
        badge.setUserData(kind);
        return badge;
    }
}
