package net.wsustopology.ui.files;

import java.io.IOException;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import net.wsustopology.io.workspace.UserSettings;
import net.wsustopology.model.Limits;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.ui.EditorWindow;

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
        ChoiceBox<UserSettings.Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(UserSettings.Theme.values());
        theme.setValue(settings.theme());
        ChoiceBox<WsusVersion> version = new ChoiceBox<>();
        version.getItems().setAll(WsusVersion.values());
        version.setValue(settings.defaultVersion());
        Limits limits = settings.defaultLimits();
        Spinner<Integer> fanOut = new Spinner<>(1, 100_000, limits.maxDownstreamServers());
        Spinner<Integer> recommended = new Spinner<>(1, 50, limits.recommendedMaxTiers());
        Spinner<Integer> max = new Spinner<>(1, 50, limits.maxTiers());
        for (Spinner<Integer> s : java.util.List.of(fanOut, recommended, max)) s.setEditable(true);
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Theme"), theme);
        grid.addRow(1, new Label("WSUS version of new servers"), version);
        grid.addRow(2, new Label("Max downstream servers (new plans)"), fanOut);
        grid.addRow(3, new Label("Recommended max tiers (new plans)"), recommended);
        grid.addRow(4, new Label("Max tiers (new plans)"), max);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) return;
        settings.setTheme(theme.getValue());
        settings.setDefaultVersion(version.getValue());
        settings.setDefaultLimits(new Limits(fanOut.getValue(), recommended.getValue(), Math.max(max.getValue(), recommended.getValue())));
        try {
            settings.save();
        } catch (IOException e) {
            Dialogs.error(owner, "Preferences", "Your preferences could not be saved.", e.getMessage());
        }
        window.darkProperty().set(isDark(settings.theme()));
    }

    public static boolean isDark(UserSettings.Theme theme) {
        return theme == UserSettings.Theme.DARK || (theme == UserSettings.Theme.SYSTEM && SystemTheme.prefersDark());
    }
}
