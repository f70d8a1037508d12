package net.wsustopology.ui.inspector;

import java.util.List;
import javafx.application.Application;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.ui.issues.IssuesPane;

/**
 * Shows both panels side by side on a sample plan, to look at them. Arguments: "dark" for the
 * dark theme; "multi" to select two servers, "plan" for none, a tab title to open that tab.
 */
public final class PanelsPreview {
    private PanelsPreview() { }

    /** Not an Application itself, so it starts from a plain class path. */
    public static void main(String[] args) { Application.launch(Window.class, args); }

    public static final class Window extends Application {
    @Override public void start(Stage stage) {
        boolean dark = getParameters().getRaw().contains("dark");
        Document document = TestPlans.regional();
        Server ber = document.topology().server("wsus-ber");
        Server par = document.topology().server("wsus-par");
        InspectorPane inspector = new InspectorPane(document);
        IssuesPane issues = new IssuesPane(document, s -> System.out.println("reveal " + s.id()));
        if (getParameters().getRaw().contains("replica")) document.selection().select(document.topology().server("wsus-ber-r1"));
        else if (getParameters().getRaw().contains("multi")) document.selection().set(List.of(ber, par));
        else if (!getParameters().getRaw().contains("plan")) document.selection().select(par);
        for (String arg : getParameters().getRaw()) {
            inspector.lookupAll(".tab-pane").forEach(n -> ((TabPane) n).getTabs().stream()
                    .filter(t -> t.getText().equalsIgnoreCase(arg.replace('_', ' ')))
                    .forEach(t -> t.getTabPane().getSelectionModel().select(t)));
        }
        SplitPane split = new SplitPane(inspector, issues);
        split.setDividerPositions(getParameters().getRaw().contains("narrow") ? 0.2 : 0.36);
        Scene scene = new Scene(split, 1500, 900);
        TestPlans.style(scene, dark);
        stage.setTitle("Panels preview");
        stage.setScene(scene);
        stage.show();
        if (getParameters().getRaw().contains("error")) {
            TextField port = (TextField) scene.lookup("#source-port");
            port.setText("80x1");
            port.fireEvent(new ActionEvent());
        }
    }
    }
}
