package net.wsustopology.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.shell.EditorWindow;

/**
 * Opens the editor on a demo plan, to look at the window:
 * {@code java -cp ... net.wsustopology.ui.DemoEditor [N] [select:ID] [collapse:ID] [fit]}
 * (N: a generated plan of about N servers instead of the small regional one).
 */
public final class DemoEditor {
    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Topology topology = DemoPlans.regions();
            for (String a : args) if (a.matches("\\d+")) topology = DemoPlans.large(Integer.parseInt(a));
            long t0 = System.nanoTime();
            EditorWindow window = EditorApp.openWindow(stage, DemoPlans.document(topology));
            window.show();
            System.out.printf("window built and shown in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                System.out.printf("first frame after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                stage.getScene().removePostLayoutPulseListener(once[0]);
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            Topology t = topology;
            Platform.runLater(() -> {
                for (String a : args) {
                    if (a.startsWith("select:")) window.canvas().reveal(t.server(a.substring(7)));
                    if (a.startsWith("collapse:")) window.canvas().setCollapsed(t.server(a.substring(9)), true);
                    if (a.equals("fit")) window.canvas().zoomToFit();
                }
            });
        }
    }
}
