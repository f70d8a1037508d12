package net.wsustopology.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import net.wsustopology.cli.CliError;
import net.wsustopology.cli.PlanFiles;

/**
 * Throwaway window so the launcher compiles in this branch; the real editor replaces this class
 * at merge.
 */
public final class EditorApp extends Application {
    public static void launchEditor(String[] args) { Application.launch(EditorApp.class, args); }

    @Override public void start(Stage stage) {
        String text = "No plan open";
        if (!getParameters().getRaw().isEmpty()) {
            Path file = Path.of(getParameters().getRaw().get(0));
            try {
                text = file.getFileName() + ": " + PlanFiles.load(file).size() + " servers";
            } catch (CliError e) {
                text = e.getMessage();
            }
        }
        stage.setTitle("WSUS Topology Editor");
        stage.setScene(new Scene(new Label(text), 480, 120));
        stage.show();
    }
}
