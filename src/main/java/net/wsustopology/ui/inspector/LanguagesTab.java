package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Shown;
import net.wsustopology.model.Topology;
import org.controlsfx.control.CheckListView;

/**
 * The console's Update Files and Languages: the update files settings (rows of the settings
 * table), then the languages. An autonomous server chooses its own languages; a replica shows,
 * read-only, the languages it inherits from its upstream chain.
 */
final class LanguagesTab extends ServerTab {
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton all = new RadioButton("Download updates in all languages, including new languages");
    private final RadioButton only = new RadioButton("Download updates only in these languages:");
    private final CheckListView<String> codes = new CheckListView<>(FXCollections.observableArrayList(LanguageCatalog.codes()));
    private final Label replicaNote = new Label();
    private final PlainRows files = new PlainRows(this, targets);
    /** The upstream's effective languages when one autonomous downstream is shown, to mark what it lacks. */
    private LanguageSelection upstreamLanguages;

    LanguagesTab(EditTargets targets) {
        super(Shown.LANGUAGES, targets);
        setTooltip(new Tooltip("Update Files and Languages, as in the WSUS console's Options"));
        all.setId("languages-all");
        only.setId("languages-only");
        all.setToggleGroup(scope);
        only.setToggleGroup(scope);
        all.setOnAction(e -> targets.update(ServerSettings.LANGUAGES, l -> l.withAll(true), "languages"));
        only.setOnAction(e -> targets.update(ServerSettings.LANGUAGES, l -> l.withAll(false), "languages"));
        codes.setId("language-codes");
        codes.setPrefHeight(320);
        codes.getStyleClass().add("language-list");
        codes.setCellFactory(list -> new LanguageCell());
        for (String code : LanguageCatalog.codes()) {
            codes.getItemBooleanProperty(code).addListener((obs, was, checked) -> {
                if (!refreshing) setLanguage(code, checked);
            });
        }
        replicaNote.getStyleClass().add("hint");
        replicaNote.setWrapText(true);

        Form form = new Form();
        files.addGroup(form, Shown.LANGUAGES, Shown.UPDATE_FILES_GROUP);
        form.heading("Update Languages");
        form.wide(replicaNote);
        form.wide(all);
        form.wide(only);
        form.wide(codes);
        setForm(form);
    }

    private static String describe(LanguageSelection languages) {
        if (languages == null) return "unknown, the upstream chain is broken";
        if (languages.all()) return "all languages";
        if (languages.isEmpty()) return "no language";
        List<String> names = new ArrayList<>();
        for (String code : languages.codes()) names.add(LanguageCatalog.displayName(code));
        return String.join(", ", names);
    }

    private boolean upstreamLacks(String code) { return upstreamLanguages != null && !upstreamLanguages.includes(code); }

    /** A language; muted when the upstream does not download it, and flagged when it is checked anyway. */
    private final class LanguageCell extends CheckBoxListCell<String> {
        LanguageCell() {
            super(codes::getItemBooleanProperty, new StringConverter<>() {
                @Override public String toString(String code) {
                    String name = LanguageCatalog.displayName(code) + "  (" + code + ")";
                    return upstreamLacks(code) && codes.getCheckModel().isChecked(code) ? name + "  - the upstream does not download it" : name;
                }

                @Override public String fromString(String text) { return null; }
            });
        }

        @Override public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("not-on-upstream", "missing-on-upstream");
            if (empty || item == null || !upstreamLacks(item)) return;
            getStyleClass().add(codes.getCheckModel().isChecked(item) ? "missing-on-upstream" : "not-on-upstream");
        }
    }

    private void setLanguage(String code, boolean selected) {
        targets.setLanguage(code, selected);
    }

    @Override protected void show() {
        files.show();
        Topology topology = document().topology();
        List<Server> replicas = new ArrayList<>();
        for (Server s : targets.servers()) if (s.isSyncFromUpstream() && s.isReplica()) replicas.add(s);
        boolean inherited = !replicas.isEmpty();
        LanguageSelection shown = inherited ? targets.shared(topology::effectiveLanguages) : null;
        replicaNote.setVisible(inherited);
        replicaNote.setManaged(inherited);
        if (inherited) {
            Server up = topology.upstreamOf(replicas.get(0));
            replicaNote.setText(targets.servers().size() == replicas.size() && targets.servers().size() == 1
                    ? "A replica downloads the languages of its upstream" + (up == null ? "" : " " + up.label())
                      + ": " + describe(shown) + ". Shown read-only; change them on the upstream server."
                    : "Replicas inherit the languages of their upstream servers: uncheck the replica mode to choose languages here.");
        }
        Server single = targets.isMultiple() ? null : targets.servers().get(0);
        Server upstream = single == null || inherited ? null : topology.upstreamOf(single);
        upstreamLanguages = upstream == null ? null : topology.effectiveLanguages(upstream);
        showSelection(shown, inherited);
        all.setDisable(inherited);
        only.setDisable(inherited);
        codes.setDisable(inherited || all.isSelected());
        codes.refresh();
    }

    /** Checks the codes every target includes; {@code inherited} shows the replicas' effective languages. */
    private void showSelection(LanguageSelection inheritedValue, boolean inherited) {
        Boolean allLanguages = inherited ? (inheritedValue == null ? null : inheritedValue.all())
                : targets.shared(s -> s.getLanguages().all());
        scope.selectToggle(allLanguages == null ? null : allLanguages ? all : only);
        codes.getCheckModel().clearChecks();
        for (String code : LanguageCatalog.codes()) {
            boolean everywhere = !targets.isEmpty();
            if (inherited) everywhere = inheritedValue != null && inheritedValue.codes().contains(code);
            else for (Server s : targets.servers()) everywhere &= s.getLanguages().codes().contains(code);
            if (everywhere) codes.getCheckModel().check(code);
        }
    }
}
