package net.wsustopology.ui.shell;

import java.io.IOException;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import net.wsustopology.io.workspace.UserSettings;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.ui.files.Dialogs;
import net.wsustopology.ui.files.DisplayNames;
import net.wsustopology.ui.files.LimitFields;
import net.wsustopology.ui.files.SystemTheme;

/** File > Preferences: theme, the WSUS version of new servers and the limits of new plans. */
public final class PreferencesDialog {
    private final Stage owner;
    private final UserSettings settings;
    private final EditorWindow window;

    PreferencesDialog(Stage owner, UserSettings settings, EditorWindow window) {
        this.owner = owner;
        this.settings = settings;
        this.window = window;
    }

    void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        ChoiceBox<UserSettings.ThemeChoice> theme = new ChoiceBox<>();
        theme.getItems().setAll(UserSettings.ThemeChoice.values());
        theme.setValue(settings.theme());
        theme.setConverter(DisplayNames.of(PreferencesDialog::themeName));
        ChoiceBox<WsusVersion> version = new ChoiceBox<>();
        version.getItems().setAll(WsusVersion.values());
        version.setValue(settings.defaultVersion());
        LimitFields limits = new LimitFields(settings.defaultLimits());
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Theme"), theme);
        grid.addRow(1, new Label("WSUS version of new servers"), version);
        limits.addTo(grid, 2);
        Dialogs.keepLabelsWhole(grid);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(limits.invalidProperty());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) return;
        settings.setTheme(theme.getValue());
        settings.setDefaultVersion(version.getValue());
        settings.setDefaultLimits(limits.value());
        try {
            settings.save();
        } catch (IOException e) {
            Dialogs.error(owner, "Preferences", "Your preferences could not be saved.", e.getMessage());
        }
        window.darkProperty().set(SystemTheme.isDark(settings.theme()));
    }

    static String themeName(UserSettings.ThemeChoice theme) {
        return switch (theme) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case SYSTEM -> "Same as the system";
        };
    }
}
