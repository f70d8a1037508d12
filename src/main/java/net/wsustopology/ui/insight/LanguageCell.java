package net.wsustopology.ui.insight;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import net.wsustopology.insight.CellState;
import net.wsustopology.insight.LanguageCoverage;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.Server;

/** One server x language cell: a check box coloured by its {@link CellState}. */
final class LanguageCell extends TableCell<Server, Server> {
    static final String[] STATE_CLASSES = {"state-selected", "state-inherited", "state-missing", "state-unused", "state-none"};

    private final String code;
    private final Supplier<LanguageCoverage> coverage;
    private final CheckBox box = new CheckBox();
    /** One tooltip per cell, re-texted as the cell is reused while scrolling. */
    private final Tooltip tip = new Tooltip();

    LanguageCell(String code, Supplier<LanguageCoverage> coverage, BiConsumer<Server, String> toggle) {
        this.code = code;
        this.coverage = coverage;
        getStyleClass().add("coverage-cell");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            Server s = getItem();
            if (s != null) toggle.accept(s, code);
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override protected void updateItem(Server server, boolean empty) {
        super.updateItem(server, empty);
        getStyleClass().removeAll(STATE_CLASSES);
        if (empty || server == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        CellState state = coverage.get().state(server, code);
        getStyleClass().add(styleClass(state));
        box.setSelected(state != CellState.NONE);
        box.setDisable(!LanguageCoverage.isEditable(server));
        setGraphic(box);
        tip.setText(explain(server, state));
        setTooltip(tip);
    }

    CellState state() { return getItem() == null ? null : coverage.get().state(getItem(), code); }

    static String styleClass(CellState state) {
        return switch (state) {
            case SELECTED -> "state-selected";
            case INHERITED -> "state-inherited";
            case MISSING_ON_UPSTREAM -> "state-missing";
            case UNUSED_BY_DOWNSTREAMS -> "state-unused";
            case NONE -> "state-none";
        };
    }

    private String explain(Server s, CellState state) {
        String language = LanguageCatalog.displayName(code);
        String base = switch (state) {
            case SELECTED -> s.label() + " downloads " + language + " updates.";
            case INHERITED -> s.label() + " is a replica: it gets " + language + " from its upstream.";
            case MISSING_ON_UPSTREAM -> "LNG-01: " + s.label() + " selects " + language
                    + " but its upstream does not download it, so no " + language + " updates arrive."
                    + " Add it on the upstream or remove it here.";
            case UNUSED_BY_DOWNSTREAMS -> s.label() + " downloads " + language
                    + " but none of its downstream servers uses it: storage and bandwidth for nothing,"
                    + " unless its own clients need it.";
            case NONE -> s.label() + " does not download " + language + " updates.";
        };
        if (s.getLanguages().all() && !(s.isSyncFromUpstream() && s.isReplica())) {
            return base + " It selects all languages: change that in the inspector to pick single ones.";
        }
        if (s.isSyncFromUpstream() && s.isReplica()) return base + " Change the languages on its upstream.";
        return base + " Click or press Space to toggle.";
    }
}
