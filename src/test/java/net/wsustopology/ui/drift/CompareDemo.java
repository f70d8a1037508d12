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
import net.wsustopology.ui.shell.EditorWindow;

/**
 * Opens the editor on the three-region sample compared with its hand-made collected file (nine
 * differences), to look at the compare view (the README's src/site/compare.png):
 * {@code java -cp ... net.wsustopology.ui.drift.CompareDemo [dark] [fit]}; without "fit" the
 * view is centred on wsus-got01, the server moved under wsus-sto01.
 */
public final class CompareDemo {
    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override public void start(Stage stage) throws Exception {
            EditorWindow window = EditorApp.openWindow(stage,
                    new Document(TopologyFiles.load(DiffFixtures.THREE_REGION), DiffFixtures.THREE_REGION));
            window.darkProperty().set(getParameters().getRaw().contains("dark"));
            boolean fit = getParameters().getRaw().contains("fit");
            window.show();
            Platform.runLater(() -> {
                try {
                    window.drift().compare(TopologyFiles.load(DiffFixtures.THREE_REGION_COLLECTED),
                            DiffFixtures.THREE_REGION_COLLECTED.getFileName().toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // fitted once the window is laid out: before, the canvas has no size to fit into
                PauseTransition laidOut = new PauseTransition(Duration.seconds(1));
                laidOut.setOnFinished(e -> {
                    if (fit) window.canvas().zoomToFit();
                    else window.canvas().reveal(window.document().topology().server("eu-got"));
                });
                laidOut.play();
            });
        }
    }
}
