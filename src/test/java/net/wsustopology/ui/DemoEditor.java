package net.wsustopology.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;

/** Opens the editor on a demo plan, to look at the window: {@code java -cp ... net.wsustopology.ui.DemoEditor [n]}. */
public final class DemoEditor {
    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override public void start(Stage stage) {
            String n = getParameters().getRaw().isEmpty() ? null : getParameters().getRaw().get(0);
            var topology = n == null ? DemoPlans.regions() : DemoPlans.large(Integer.parseInt(n));
            long t0 = System.nanoTime();
            EditorApp.openWindow(stage, DemoPlans.document(topology)).show();
            System.out.printf("window built and shown in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                System.out.printf("first frame after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                stage.getScene().removePostLayoutPulseListener(once[0]);
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        }
    }
}
