package net.wsustopology.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.shell.EditorWindow;

/**
 * Opens the editor on a sample plan with a bottom tab in front, to look at the window under
 * xvfb-run: {@code java -cp ... net.wsustopology.ui.InsightWindowPreview FILE [tab:N] [dark] [heat]
 * [select:ID] [schedule] [present] [fit] [full] [viewmenu]}.
 */
public final class InsightWindowPreview {
    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Path file = Path.of(args.get(0));
            Topology topology = TopologyFiles.load(file);
            EditorWindow window = EditorApp.openWindow(stage, new Document(topology, file));
            window.darkProperty().set(args.contains("dark"));
            window.show();
            if (args.contains("full")) {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1600);
                stage.setHeight(1000);
            }
            Platform.runLater(() -> {
                for (String a : args) {
                    if (a.startsWith("tab:")) window.showBottomTab(Integer.parseInt(a.substring(4)));
                    if (a.startsWith("select:")) window.canvas().reveal(topology.server(a.substring(7)));
                    if (a.equals("heat")) window.heatMapShownProperty().set(true);
                    if (a.equals("fit")) window.canvas().zoomToFit();
                    if (a.equals("schedule")) {
                        stage.getScene().lookup("#inspector-tabs");
                        ((TabPane) stage.getScene().lookup("#inspector-tabs"))
                                .getSelectionModel().select(4);
                    }
                    if (a.equals("present")) window.presentation();
                    if (a.equals("viewmenu")) window.menuBar().getMenus().get(2).show();
                }
            });
        }
    }
}
