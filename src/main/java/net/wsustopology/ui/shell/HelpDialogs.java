package net.wsustopology.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import net.wsustopology.io.Migrations;
import net.wsustopology.io.ToolVersion;

/** Help > Keyboard Shortcuts (read from the menus themselves) and Help > About. */
final class HelpDialogs {
    private HelpDialogs() { }

    /** "Undo" for "Undo Move 3 servers": the menu names the step to undo, the list the command. */
    static String commandName(String itemText) {
        for (String named : new String[] {"Undo", "Redo"}) if (itemText.startsWith(named + " ")) return named;
        return itemText;
    }

    static void shortcuts(EditorWindow window) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (Menu menu : window.menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() == null) continue;
                String action = menu.getText().replace("_", "") + " › " + commandName(item.getText().replace("_", ""));
                grid.addRow(row++, label(item.getAccelerator().getDisplayText(), "shortcut-keys"), label(action, "shortcut-action"));
                if (action.equals("Edit › Redo")) {
                    grid.addRow(row++, label(EditorMenus.REDO_TOO.getDisplayText(), "shortcut-keys"), label(action, "shortcut-action"));
                }
            }
        }
        grid.addRow(row++, label("Ctrl + wheel", "shortcut-keys"), label("Zoom around the pointer", "shortcut-action"));
        grid.addRow(row++, label("Space + drag, middle drag", "shortcut-keys"), label("Pan", "shortcut-action"));
        grid.addRow(row, label("Ctrl + click", "shortcut-keys"), label("Add to or remove from the selection", "shortcut-action"));
        Alert dialog = dialog(window, "Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.show();
    }

    static void about(EditorWindow window) {
        Alert dialog = dialog(window, "About");
        dialog.setHeaderText("WSUS Topology Editor " + ToolVersion.NUMBER);
        dialog.setContentText("Plan a hierarchy of WSUS servers: upstreams, downstreams and replicas, "
                + "with live checks against the WSUS planning rules.\nTopology file format version " + Migrations.CURRENT_VERSION + ".\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version"));
        dialog.show();
    }

    private static Alert dialog(EditorWindow window, String title) {
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(window.stage());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().setAll(window.stage().getScene().getStylesheets());
        return dialog;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
