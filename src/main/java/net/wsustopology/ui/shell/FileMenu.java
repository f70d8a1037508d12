package net.wsustopology.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.WindowEvent;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Samples;

/**
 * The File menu of one editor window: new, open, recent, save, revert, close, import, export,
 * print, preferences and quit, plus opening a plan dropped onto the window and asking before
 * the window closes with unsaved changes.
 */
public final class FileMenu {
    private final EditorWindow window;
    private final DocumentSession session;
    private final FileHost host;
    private final FileCommands commands;
    private final Menu recent = new Menu("Open _Recent");

    public FileMenu(EditorWindow window, DocumentSession session, FileHost host) {
        this.window = window;
        this.session = session;
        this.host = host;
        this.commands = new FileCommands(window, session, host);
    }

    public FileCommands commands() { return commands; }

    public void install() {
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        Menu samples = new Menu("New from _Sample");
        for (String file : Samples.FILES) samples.getItems().add(item(Samples.title(file), null, () -> commands.newFromSample(file)));
        MenuItem save = item("_Save", "Shortcut+S", commands::save);
        MenuItem revert = item("Re_vert", null, commands::revert);
        Runnable states = () -> revert.setDisable(session.document().file() == null || !session.document().isDirty());
        session.document().commands().addListener(s -> states.run());
        session.document().addFileListener(d -> states.run());
        states.run();
        MenuItem driftReport = item("Export _Drift Report…", null, commands::exportDriftReport);
        driftReport.disableProperty().bind(window.drift().activeProperty().not());
        window.fileMenu().getItems().setAll(
                item("_New", "Shortcut+N", commands::newPlan),
                samples,
                item("_Open…", "Shortcut+O", commands::open),
                recent,
                new SeparatorMenuItem(),
                save,
                item("Save _As…", "Shortcut+Shift+S", commands::saveAs),
                revert,
                item("_Close", "Shortcut+W", commands::close),
                new SeparatorMenuItem(),
                item("_Import CSV…", null, commands::importCsv),
                item("_Export…", "Shortcut+E", commands::export),
                item("PowerShell Sc_ripts…", null, commands::exportScripts),
                item("Export Co_llector Script…", null, commands::exportCollector),
                item("Compare _With…", null, commands::compareWith),
                driftReport,
                item("_Print…", "Shortcut+P", commands::print),
                new SeparatorMenuItem(),
                item("Pre_ferences…", "Shortcut+Comma", commands::preferences),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", () -> host.quit(window)));
        window.drift().setScriptsAction(commands::exportDifferingScripts);
        window.stage().setOnCloseRequest(this::onCloseRequest);
        acceptDroppedFiles();
    }

    private void onCloseRequest(WindowEvent e) {
        e.consume();
        commands.close();
    }

    private void fillRecent() {
        recent.getItems().clear();
        List<Path> entries = host.workspace().recentFiles().entries();
        for (Path p : entries) {
            boolean missing = !Files.exists(p);
            MenuItem item = new MenuItem((missing ? "(missing) " : "") + p.getFileName() + "  —  " + parentOf(p));
            item.setMnemonicParsing(false);
            if (missing) item.getStyleClass().add("recent-missing");
            item.setOnAction(e -> commands.openRecent(p));
            recent.getItems().add(item);
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems().add(item("Remove Missing Files", null, () -> host.workspace().recentFiles().removeMissing()));
            recent.getItems().add(item("Clear List", null, () -> host.workspace().recentFiles().clear()));
        }
    }

    private static String parentOf(Path p) { return p.getParent() == null ? "" : p.getParent().toString(); }

    private void acceptDroppedFiles() {
        var scene = window.stage().getScene();
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) return;
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(true);
            e.consume();
            for (File f : files) commands.openFile(f.toPath());
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
