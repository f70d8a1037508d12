package net.wsustopology.ui.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import net.wsustopology.model.Server;

/** Shared bits of the insight view tests: a scene with the theme tokens and a recording reveal. */
final class FxFixtures {
    private FxFixtures() { }

    static Scene show(Stage stage, Parent view, double width, double height) {
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(FxFixtures.class.getResource("/styles/tokens.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Visible with every parent visible (the table keeps an invisible cell for measuring). */
    static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    /** A reveal callback that remembers what it was asked to show. */
    static final class Reveals implements Consumer<Server> {
        final List<Server> revealed = new ArrayList<>();

        @Override public void accept(Server server) { revealed.add(server); }
    }
}
