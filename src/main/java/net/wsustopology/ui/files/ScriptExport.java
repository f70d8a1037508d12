package net.wsustopology.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.export.scripts.ChangesToApply;
import net.wsustopology.export.scripts.PlanHasErrorsException;
import net.wsustopology.export.scripts.ScriptWriter;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.common.StatusMessages;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/** File > PowerShell Scripts: one script per server and the rollout order, into a chosen folder. */
public final class ScriptExport {
    private final Stage owner;
    private final Document document;
    private final StatusMessages messages;
    private final FileDialogs dialogs;

    public ScriptExport(Stage owner, Document document, StatusMessages messages, FileDialogs dialogs) {
        this.owner = owner;
        this.document = document;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public void run() { run(null); }

    /** Writes the scripts {@code changes} asks for (every server's when null), the others listed as changes to make by hand. */
    public void run(ChangesToApply changes) {
        List<Finding> findings = document.findings().all(document.topology());
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        boolean force = false;
        if (errors > 0) {
            ButtonType anyway = new ButtonType("Write Anyway", ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.WARNING, "The plan has " + errors + " error finding" + (errors == 1 ? "" : "s")
                    + " (see the issues list). Scripts applying a broken plan can leave servers unable to synchronize.",
                    anyway, ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.setHeaderText("Fix the errors first?");
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != anyway) return;
            force = true;
        }
        Path dir = dialogs.chooseFolder(owner, "Folder for the PowerShell scripts");
        if (dir == null) return;
        try {
            ScriptWriter.Result result = ScriptWriter.write(document.topology(), dir, findings, force, changes);
            String byHand = changes == null || changes.byHand().isEmpty() ? ""
                    : "; " + changes.byHand().size() + " change" + (changes.byHand().size() == 1 ? "" : "s") + " to make by hand are listed in it";
            messages.show("Wrote " + result.scripts().size() + " scripts and " + result.rolloutOrder().getFileName() + " to " + dir + byHand);
        } catch (IOException e) {
            Dialogs.error(owner, "Scripts not written", "The scripts could not be written.", IoReasons.describe(dir, e));
        } catch (PlanHasErrorsException e) {
            Dialogs.error(owner, "Scripts not written", "The plan has errors.", e.getMessage());
        }
    }
}
