package net.wsustopology.ui.insight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.canvas.CanvasDrawing;
import net.wsustopology.ui.common.Stylesheets;

/**
 * Looks at the insight views by hand: {@code java ... InsightPreview$Launcher [grid|sync|capacity|presentation] [dark]}
 * (presentation: also {@code file=PLAN slide=N nopanel})
 * under xvfb-run, then take a screenshot.
 */
public final class InsightPreview extends Application {
    public static final class Launcher {
        public static void main(String[] args) { Application.launch(InsightPreview.class, args); }
    }

    @Override public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Document document = new Document(samplePlan(), null);
        List<String> sheets = new ArrayList<>(List.of(getClass().getResource("/styles/tokens.css").toExternalForm()));
        if (args.contains("dark")) sheets.add(getClass().getResource("/styles/dark.css").toExternalForm());
        if (args.contains("presentation")) {
            Document shown = document;
            for (String a : args) {
                if (a.startsWith("file=")) shown = new Document(TopologyFiles.load(Path.of(a.substring(5))), null);
            }
            PresentationStage presentation = new PresentationStage(shown, new CanvasDrawing(),
                    Stylesheets.stylesheets(args.contains("dark")), Screen.getPrimary().getBounds());
            presentation.present();
            for (String a : args) {
                if (a.startsWith("slide=")) for (int i = Integer.parseInt(a.substring(6)); i > 0; i--) presentation.next();
            }
            if (args.contains("next")) presentation.next();
            if (args.contains("nopanel")) presentation.setPanelShown(false);
            return;
        }
        TabPane tabs = new TabPane(
                new Tab("Languages", new LanguageGridView(document, s -> { })),
                new Tab("Sync propagation", new SyncPropagationView(document, s -> { })),
                new Tab("Capacity", new CapacityView(document, s -> { })));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (args.contains("sync")) tabs.getSelectionModel().select(1);
        if (args.contains("capacity")) tabs.getSelectionModel().select(2);
        Scene scene = new Scene(tabs, 1500, 900);
        scene.getStylesheets().addAll(sheets);
        stage.setScene(scene);
        stage.setTitle("Insight preview");
        stage.show();
    }

    static Topology samplePlan() {
        Plans p = new Plans();
        p.topology().setName("Contoso worldwide");
        p.topology().setLimits(new Limits(20, 3, 5));
        Server hq = p.root("wsus-hq", "en", "de", "fr", "ja");
        Plans.daily(hq, "01:00", 4);
        hq.setClients(1200);
        Server ber = p.downstream("wsus-ber", hq, "en", "de");
        Plans.daily(ber, "02:00", 2);
        ber.setClients(800);
        Server berRep = p.replica("wsus-ber-rep", ber);
        Plans.daily(berRep, "03:00", 1);
        Server par = p.downstream("wsus-par", hq, "en", "fr", "es");
        Plans.daily(par, "01:10", 1);
        par.setUseSsl(true);
        par.setSourcePort(8531);
        par.setClients(450);
        p.downstream("wsus-par-branch", par, "fr");
        Server tokyo = p.root("wsus-tokyo", "en", "ja", "ko");
        tokyo.setLanguages(LanguageSelection.ALL);
        Plans.daily(tokyo, "22:00", 1);
        for (int i = 1; i <= 19; i++) {
            Server branch = p.downstream("wsus-jp-" + i, tokyo, "ja");
            Plans.daily(branch, String.format("%02d:%02d", (22 + i / 4) % 24, (i * 13) % 60), 1);
            branch.setClients(50 * i);
        }
        Server orphan = new Server("wsus-lost");
        orphan.setName("wsus-lost.corp.example.com");
        orphan.setSyncFromUpstream(true);
        orphan.setUpstreamId("wsus-gone");
        p.topology().addServer(orphan);
        return p.topology();
    }
}
