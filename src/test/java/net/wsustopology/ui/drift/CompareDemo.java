package net.wsustopology.ui.drift;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import net.wsustopology.app.EditorApp;
import net.wsustopology.diff.DiffFixtures;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.ui.EditorWindow;

/**
 * Opens the editor on the diff fixture's plan compared with its collected file, to look at the
 * compare view (the README's src/site/compare.png): {@code java -cp ... net.wsustopology.ui.drift.CompareDemo [dark]}.
 */
public final class CompareDemo {
    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override public void start(Stage stage) throws Exception {
            EditorWindow window = EditorApp.openWindow(stage, new Document(TopologyFiles.load(DiffFixtures.PLANNED), DiffFixtures.PLANNED));
            window.darkProperty().set(getParameters().getRaw().contains("dark"));
            window.show();
            Platform.runLater(() -> {
                try {
                    window.drift().compare(TopologyFiles.load(DiffFixtures.COLLECTED), "hierarchy.wsus.json");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // fitted once the window is laid out: before, the canvas has no size to fit into
                PauseTransition laidOut = new PauseTransition(Duration.seconds(1));
                laidOut.setOnFinished(e -> window.canvas().zoomToFit());
                laidOut.play();
            });
        }
    }
}
