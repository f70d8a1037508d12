package net.wsustopology.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.export.ExportFormat;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.Theme;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.common.StatusMessages;
import net.wsustopology.validation.Finding;

/**
 * File > Export: format, theme, title, PNG scale and PDF page size, then where to write. The export runs on a
 * snapshot of the plan in the background, so a big PDF does not freeze the editor.
 */
public final class ExportDialog {
    private static final List<String> FORMATS = List.of("pdf", "svg", "png", "graphml", "dot", "csv");
    private static final List<String> DESCRIPTIONS = List.of("PDF presentation (diagram, legend, findings, servers)",
            "SVG picture", "PNG picture", "GraphML for yEd", "DOT for Graphviz", "CSV, one row a server");
    /** The theme of the last export, offered again next time (and after a restart). */
    private static final Preferences LAST = Preferences.userRoot().node("net/wsustopology/editor/export");
    private static final String THEME = "theme";
    private final Stage owner;
    private final Document document;
    private final StatusMessages messages;
    private final FileDialogs dialogs;

    public ExportDialog(Stage owner, Document document, StatusMessages messages, FileDialogs dialogs) {
        this.owner = owner;
        this.document = document;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + document.displayName());
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().setAll(DESCRIPTIONS);
        format.getSelectionModel().select(0);
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setValue(lastTheme());
        theme.setConverter(DisplayNames.of(t -> t == Theme.DARK ? "Dark" : "Light"));
        TextField title = new TextField(document.topology().getName());
        Spinner<Integer> scale = new Spinner<>(1, 8, 2);
        scale.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isNotEqualTo(2));
        ChoiceBox<PageSize> page = new ChoiceBox<>();
        page.getItems().setAll(PageSize.values());
        page.setValue(PageSize.A4);
        page.setConverter(DisplayNames.of(PageSize::words));
        page.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isNotEqualTo(0));
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Theme"), theme);
        grid.addRow(2, new Label("Title"), title);
        grid.addRow(3, new Label("PNG scale"), scale);
        grid.addRow(4, new Label("PDF page"), page);
        Dialogs.keepLabelsWhole(grid);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Export…");
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) return;
        LAST.put(THEME, theme.getValue().name());
        String ext = FORMATS.get(format.getSelectionModel().getSelectedIndex());
        String base = FileDialogs.suggestedFileName(document.topology().getName()).replace(FileDialogs.EXTENSION, "");
        Path out = dialogs.chooseExport(owner, base, FORMATS, ext);
        if (out == null) return;
        ExportOptions options = ExportOptions.defaults().withTheme(theme.getValue())
                .withTitle(title.getText().isBlank() ? null : title.getText()).withScale(scale.getValue())
                .withPage(page.getValue());
        run(out, options);
    }

    private static Theme lastTheme() {
        String last = LAST.get(THEME, Theme.LIGHT.name());
        for (Theme t : Theme.values()) if (t.name().equals(last)) return t;
        return Theme.LIGHT;
    }

    /** Exports a copy of the plan as it is now; edits made meanwhile are not half-exported. */
    void run(Path out, ExportOptions options) {
        Topology snapshot;
        try {
            snapshot = TopologyFiles.parse(TopologyFiles.toJson(document.topology()), document.displayName());
        } catch (Exception e) {
            Dialogs.error(owner, "Export failed", "The plan could not be copied for export.", e.getMessage());
            return;
        }
        List<Finding> findings = document.findings().all(document.topology());
        Task<MissingGlyphs> task = new Task<>() {
            @Override protected MissingGlyphs call() throws Exception {
                return Exporter.export(snapshot, findings, out, ExportFormat.of(out).orElseThrow(), options);
            }
        };
        task.setOnSucceeded(e -> messages.show(task.getValue().isEmpty() ? "Exported " + out
                : "Exported " + out + ". " + task.getValue().describe()));
        task.setOnFailed(e -> Dialogs.error(owner, "Export failed", "Nothing usable was written to " + out.getFileName() + ".",
                String.valueOf(task.getException().getMessage())));
        messages.show("Exporting " + out.getFileName() + "…");
        Thread worker = new Thread(task, "export");
        worker.setDaemon(true);
        worker.start();
    }
}
