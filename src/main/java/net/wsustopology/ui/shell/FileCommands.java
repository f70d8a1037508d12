package net.wsustopology.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import net.wsustopology.diff.Comparison;
import net.wsustopology.document.ChangedOnDiskException;
import net.wsustopology.document.Document;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Samples;
import net.wsustopology.export.DriftReport;
import net.wsustopology.export.Theme;
import net.wsustopology.export.scripts.ChangesToApply;
import net.wsustopology.export.scripts.CollectorScript;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.csv.CsvImport;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.files.ChangedOnDiskPrompt;
import net.wsustopology.ui.files.DiagramPrinting;
import net.wsustopology.ui.files.Dialogs;
import net.wsustopology.ui.files.ExportDialog;
import net.wsustopology.ui.files.IoReasons;
import net.wsustopology.ui.files.ScriptExport;
import net.wsustopology.ui.common.SharedFolder;
import net.wsustopology.ui.files.UnsavedChangesPrompt;

/** What each File menu item does for one window. */
public final class FileCommands {
    private final EditorWindow window;
    private final DocumentSession session;
    private final FileHost host;
    private final FileDialogs dialogs;

    FileCommands(EditorWindow window, DocumentSession session, FileHost host) {
        this.window = window;
        this.session = session;
        this.host = host;
        this.dialogs = SharedFolder.dialogs();
    }

    private Stage stage() { return window.stage(); }
    private Document document() { return session.document(); }

    public void newPlan() { host.show(DocumentSession.newPlan(host.workspace()), null); }

    public void newFromSample(String file) {
        try {
            Topology sample = Samples.load(file);
            host.show(new DocumentSession(new Document(sample, null).numberAsUntitled(), host.workspace(), Clock.systemUTC()), reusableStage());
        } catch (IOException | FormatException e) {
            Dialogs.error(stage(), "Sample not available", "The sample " + file + " could not be opened.", e.getMessage());
        }
    }

    public void open() {
        Path file = dialogs.chooseOpen(stage());
        if (file != null) openFile(file);
    }

    public void openRecent(Path file) {
        if (!Files.exists(file)) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, file + " no longer exists. Remove it from the recent list?",
                    ButtonType.YES, ButtonType.NO);
            ask.initOwner(stage());
            ask.setHeaderText("Plan not found");
            if (ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) host.workspace().recentFiles().remove(file);
            return;
        }
        openFile(file);
    }

    /**
     * Opens a plan; a file that cannot be read leaves every open plan as it was and says why. A
     * file already open in a window brings that window to the front instead of opening twice.
     */
    public boolean openFile(Path file) {
        Optional<EditorWindow> showing = host.windowShowing(file);
        if (showing.isPresent()) {
            bringToFront(showing.get().stage());
            showing.get().messages().show(file.getFileName() + " is already open in this window");
            return true;
        }
        try {
            DocumentSession opened = DocumentSession.open(file, host.workspace());
            host.show(opened, reusableStage());
            return true;
        } catch (FormatException e) {
            Dialogs.cannotOpen(stage(), "Cannot open plan", file, e);
        } catch (IOException e) {
            Dialogs.error(stage(), "Cannot open plan", file.getFileName() + " could not be read.", IoReasons.describe(file, e));
        }
        return false;
    }

    /** File > Compare With…: marks the plan against another file (a collected inventory or another plan), which is only read. */
    public void compareWith() {
        Path file = dialogs.chooseOpen(stage());
        if (file != null) compareWith(file);
    }

    /** Compares the plan with {@code file}; a file that cannot be read changes nothing and says why. */
    public boolean compareWith(Path file) {
        try {
            window.drift().compare(TopologyFiles.load(file), file.getFileName().toString());
            int n = window.drift().comparison().open().size();
            window.messages().show("Compared with " + file.getFileName() + ": " + (n == 0 ? "no differences"
                    : n + " difference" + (n == 1 ? "" : "s") + " (see the Drift tab)"));
            return true;
        } catch (FormatException e) {
            Dialogs.cannotOpen(stage(), "Cannot compare", file, e);
        } catch (IOException e) {
            Dialogs.error(stage(), "Cannot compare", file.getFileName() + " could not be read.", IoReasons.describe(file, e));
        }
        return false;
    }

    /** The Drift tab's Scripts button: scripts only for the planned servers that differ from the compared file. */
    public void exportDifferingScripts() {
        Comparison c = window.drift().comparison();
        if (c == null) return;
        new ScriptExport(stage(), document(), window.messages(), dialogs).run(ChangesToApply.of(c.diff(), c.actualName()));
    }

    /** An untouched new plan gives its window to the next plan opened; otherwise a new window opens. */
    private Stage reusableStage() {
        Document d = document();
        boolean untouched = d.file() == null && !d.isDirty() && !d.commands().canUndo() && !d.commands().canRedo();
        return untouched ? stage() : null;
    }

    /** Saves to the plan's file, or asks for one; false when nothing was saved. */
    public boolean save() {
        Path file = document().file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        String suggested = document().file() != null ? document().file().getFileName().toString()
                : FileDialogs.suggestedFileName(document().topology().getName());
        Path file = dialogs.chooseSave(stage(), suggested);
        if (file == null) return false;
        Optional<EditorWindow> other = host.windowShowing(file).filter(w -> w != window);
        if (other.isPresent()) {
            Dialogs.error(stage(), "Not saved", file.getFileName() + " is open in another window.",
                    "Close that window first, or choose another name: two windows on one file would overwrite each other.");
            return false;
        }
        return saveTo(file);
    }

    /** Saves; when the file changed on disk since this window read or saved it, the user decides. */
    boolean saveTo(Path file) {
        try {
            session.saveTo(file);
            window.messages().show("Saved " + file);
            return true;
        } catch (ChangedOnDiskException changed) {
            return switch (ChangedOnDiskPrompt.ask(stage(), changed)) {
                case OVERWRITE -> overwrite(file);
                case SAVE_AS -> saveAs();
                case RELOAD -> {
                    reload(file);
                    yield false;
                }
                case CANCEL -> false;
            };
        } catch (IOException e) {
            return saveFailed(file, e);
        }
    }

    private boolean overwrite(Path file) {
        try {
            session.overwrite(file);
            window.messages().show("Saved " + file + ", replacing the version changed on disk");
            return true;
        } catch (IOException e) {
            return saveFailed(file, e);
        }
    }

    private boolean saveFailed(Path file, IOException e) {
        Dialogs.error(stage(), "Could not save", "The plan was not saved to " + file.getFileName() + ".",
                IoReasons.describe(file, e) + "\n\nYour changes are still here, unsaved, and the file on disk is as it was.");
        return false;
    }

    public void revert() {
        Path file = document().file();
        if (file == null || !document().isDirty()) return;
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Discard every change since the last save and reload "
                + file.getFileName() + "?", ButtonType.YES, ButtonType.CANCEL);
        ask.initOwner(stage());
        ask.setHeaderText("Revert to the saved plan");
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.YES) return;
        reload(file);
    }

    /** Replaces this window's plan with the file as it is on disk; unsaved changes are dropped. */
    private void reload(Path file) {
        try {
            DocumentSession reloaded = DocumentSession.open(file, host.workspace());
            session.discardRecovery();
            host.show(reloaded, stage());
        } catch (FormatException | IOException e) {
            Dialogs.error(stage(), "Cannot reload", file.getFileName() + " could not be read again.", e.getMessage());
        }
    }

    static void bringToFront(Stage stage) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** Closes the window, asking about unsaved changes; false when the user cancelled. */
    public boolean close() {
        if (!confirmDiscardOrSave("closing")) return false;
        host.closed(window);
        stage().close();
        return true;
    }

    /**
     * Save / Don't Save / Cancel when dirty; true when it is fine to drop the plan now. The window
     * comes to the front first, so the question never sits over another window's plan.
     */
    public boolean confirmDiscardOrSave(String action) {
        if (!document().isDirty()) return true;
        bringToFront(stage());
        switch (UnsavedChangesPrompt.ask(stage(), document().displayName(), action)) {
            case SAVE:
                return save();
            case DISCARD:
                session.discardRecovery();
                return true;
            default:
                return false;
        }
    }

    public void importCsv() {
        Path csv = dialogs.chooseCsv(stage());
        if (csv == null) return;
        try {
            Topology imported = CsvImport.read(csv);
            new TreeLayout().placeUnpinned(imported);
            Document document = new Document(imported, null).numberAsUntitled();
            document.markModified();
            host.show(new DocumentSession(document, host.workspace(), Clock.systemUTC()), reusableStage());
        } catch (IOException e) {
            Dialogs.error(stage(), "Cannot import CSV", csv.getFileName() + " could not be imported.", e.getMessage());
        }
    }

    public void export() { new ExportDialog(stage(), document(), window.messages(), dialogs).show(); }

    public void exportScripts() { new ScriptExport(stage(), document(), window.messages(), dialogs).run(); }

    /** File > Export Collector Script: the read-only script that collects a live hierarchy into a plan file. */
    public void exportCollector() {
        Path dir = dialogs.chooseFolder(stage(), "Folder for " + CollectorScript.FILE_NAME);
        if (dir == null) return;
        try {
            Path file = CollectorScript.write(dir);
            window.messages().show("Wrote " + file + ": run it on the root WSUS server and open or compare the file it writes");
        } catch (IOException e) {
            Dialogs.error(stage(), "Collector script not written", "The collector script could not be written.", IoReasons.describe(dir, e));
        }
    }

    /** File > Export Drift Report… while comparing: the report of the Drift tab's differences, as PDF or CSV. */
    public void exportDriftReport() {
        Comparison c = window.drift().comparison();
        if (c == null) return;
        String base = FileDialogs.suggestedFileName(document().topology().getName()).replace(FileDialogs.EXTENSION, "") + "-drift";
        Path out = dialogs.chooseExport(stage(), base, List.of("pdf", "csv"), "pdf");
        if (out == null) return;
        Path plan = document().file();
        try {
            DriftReport.write(c, plan == null ? document().topology().getName() : plan.getFileName().toString(), out, Theme.LIGHT);
            window.messages().show("Wrote the drift report " + out.getFileName() + " (" + c.open().size() + " differences)");
        } catch (IOException e) {
            Dialogs.error(stage(), "Drift report not written", out.getFileName() + " could not be written.", IoReasons.describe(out, e));
        }
    }

    public void print() { DiagramPrinting.print(stage(), document(), window.messages()); }

    public void preferences() { new PreferencesDialog(stage(), host.workspace().settings(), window).show(); }
}
