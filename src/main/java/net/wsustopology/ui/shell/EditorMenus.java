package net.wsustopology.ui.shell;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import net.wsustopology.document.Document;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.insight.InsightTabs;

/** The menu bar of an editor window; every item does something real. */
final class EditorMenus {
    private final EditorWindow window;
    private final Document document;
    private final EditorActions actions;
    private final TopologyCanvas canvas;

    EditorMenus(EditorWindow window) {
        this.window = window;
        this.document = window.document();
        this.actions = window.actions();
        this.canvas = window.canvas();
    }

    /** Redo's second shortcut, as in most editors; a menu item holds only one. */
    static final KeyCombination REDO_TOO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), arrangeMenu(), helpMenu());
        bar.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) scene.getAccelerators().put(REDO_TOO, actions::redo);
        });
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        return new Menu("_File", null,
                item("_New", "Shortcut+N", window.newPlanAction()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", this::quit));
    }

    private void quit() {
        if (document.isDirty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This plan has unsaved changes. Quit anyway and lose them?",
                    ButtonType.YES, ButtonType.NO);
            ask.initOwner(window.stage());
            ask.setHeaderText("Unsaved changes");
            if (ask.showAndWait().orElse(ButtonType.NO) != ButtonType.YES) return;
        }
        window.rememberLayout();
        Platform.exit();
    }

    private Menu editMenu() {
        MenuItem undo = item("_Undo", "Shortcut+Z", actions::undo);
        MenuItem redo = item("_Redo", "Shortcut+Y", actions::redo);
        document.commands().addListener(stack -> {
            undo.setText(stack.canUndo() ? "Undo " + stack.undoLabel() : "Undo");
            redo.setText(stack.canRedo() ? "Redo " + stack.redoLabel() : "Redo");
            undo.setDisable(!stack.canUndo());
            redo.setDisable(!stack.canRedo());
        });
        undo.setDisable(true);
        redo.setDisable(true);
        MenuItem cut = item("Cu_t", "Shortcut+X", actions::cut);
        MenuItem copy = item("_Copy", "Shortcut+C", actions::copy);
        MenuItem duplicate = item("D_uplicate", "Shortcut+D", actions::duplicate);
        MenuItem delete = item("_Delete", "Delete", actions::delete);
        MenuItem pasteUnder = item("Paste as Do_wnstream", "Shortcut+Shift+V", actions::pasteAsDownstream);
        MenuItem quickFix = item("_Quick Fix…", "Shortcut+Period", () -> window.quickFixer().popup(canvas,
                canvas.screenPointBelow(document.selection().isEmpty() ? null : document.selection().asList().get(0))));
        Runnable selectionState = () -> {
            boolean none = document.selection().isEmpty();
            for (MenuItem m : new MenuItem[] {cut, copy, duplicate, delete, quickFix}) m.setDisable(none);
            pasteUnder.setDisable(document.selection().size() != 1);
        };
        document.selection().addListener(s -> selectionState.run());
        selectionState.run();
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                cut, copy, item("_Paste", "Shortcut+V", actions::paste), pasteUnder, duplicate, delete,
                new SeparatorMenuItem(),
                quickFix,
                new SeparatorMenuItem(),
                item("Select _All", "Shortcut+A", actions::selectAll),
                item("_Find…", "Shortcut+F", () -> window.toolbar().focusSearch()));
    }

    private Menu viewMenu() {
        CheckMenuItem heatMap = check("Sync Delay _Heat Map", "Shortcut+Shift+H", window.heatMapShownProperty());
        // the heat map and a comparison both colour the cards: one at a time
        heatMap.disableProperty().bind(window.drift().activeProperty());
        MenuItem clearComparison = item("Clear _Comparison", null, window.drift()::clear);
        clearComparison.setId("menu-clear-comparison");
        clearComparison.disableProperty().bind(window.drift().activeProperty().not());
        return new Menu("_View", null,
                item("Zoom _In", "Shortcut+Equals", canvas::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", canvas::zoomOut),
                item("_Actual Size (100 %)", "Shortcut+0", canvas::zoomToActualSize),
                item("_Fit to Window", "Shortcut+9", canvas::zoomToFit),
                new SeparatorMenuItem(),
                check("_Dark Theme", null, window.darkProperty()),
                check("Show _Legend", "Shortcut+L", canvas.legendVisibleProperty()),
                check("Show I_nspector", "Shortcut+I", window.inspectorShownProperty()),
                check("Expand Is_sues and Insights", "Shortcut+J", window.dockExpandedProperty()),
                check("_Overview", "Shortcut+Shift+O", canvas.overviewShownProperty()),
                new SeparatorMenuItem(),
                item("Issues", "Shortcut+1", () -> window.showBottomTab(InsightTabs.ISSUES)),
                item("Language Coverage", "Shortcut+2", () -> window.showBottomTab(InsightTabs.LANGUAGES)),
                item("Sync Propagation", "Shortcut+3", () -> window.showBottomTab(InsightTabs.SYNC)),
                item("Capacity", "Shortcut+4", () -> window.showBottomTab(InsightTabs.CAPACITY)),
                heatMap,
                clearComparison,
                new SeparatorMenuItem(),
                item("_Presentation Mode", "F5", window::presentation));
    }

    private Menu arrangeMenu() {
        return new Menu("_Arrange", null,
                item("_Tidy Tree", "Shortcut+Shift+T", actions::tidyTree),
                item("_Stagger Schedules…", null, window::staggerSchedules),
                item("_Unpin All", null, actions::unpinAll));
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                item("_Keyboard Shortcuts", "F1", () -> HelpDialogs.shortcuts(window)),
                item("_About", null, () -> HelpDialogs.about(window)));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static CheckMenuItem check(String text, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
