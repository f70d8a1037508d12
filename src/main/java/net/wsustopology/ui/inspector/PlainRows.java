package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Shown;

/**
 * The inspector's rows for the plain settings of the table ({@link ServerSettings}): a check box,
 * a port, count or text field, or a choice, each with the console's caption and tooltip, built
 * from the setting's description alone. A row WSUS does not use for any of the targets is greyed
 * out, with the reason shown below it (a disabled control shows no tooltip).
 */
final class PlainRows {
    private final ServerTab tab;
    private final EditTargets targets;
    private final List<Row> rows = new ArrayList<>();

    /** One built row: how it shows the targets' values. */
    private record Row(Setting setting, Node control, Consumer<Boolean> disable, Runnable show, Label reason) { }

    PlainRows(ServerTab tab, EditTargets targets) {
        this.tab = tab;
        this.targets = targets;
    }

    /** The group's heading (unless it is the tab's first, unheaded group) and its rows, in the table's order. */
    void addGroup(Form form, String tabName, String group) {
        if (!group.isEmpty()) form.heading(group);
        for (Setting s : ServerSettings.onTab(tabName)) {
            if (s.shown().group().equals(group) && s.shown().plain()) add(form, s);
        }
    }

    /** One row for {@code setting}. */
    void add(Form form, Setting setting) {
        Shown how = setting.shown();
        Row row = switch (how.control()) {
            case CHECK_BOX -> checkBox(form, setting);
            case PORT -> field(form, setting, Parsers.port());
            case COUNT -> field(form, setting, Parsers.count());
            case TEXT -> field(form, setting, Parsers.text());
            case CHOICE -> choice(form, setting);
            case OWN -> throw new IllegalArgumentException(setting + " has a control of its own");
        };
        if (!how.tooltip().isEmpty()) Tooltip.install(row.control(), new Tooltip(how.tooltip()));
        rows.add(row);
    }

    private Row checkBox(Form form, Setting setting) {
        CheckBox box = new CheckBox(setting.shown().caption());
        box.setId(setting.shown().controlId());
        box.setOnAction(e -> targets.set(setting, box.isSelected()));
        form.wide(box);
        return new Row(setting, box, box::setDisable, () -> Form.showShared(box, (Boolean) shared(setting)), reason(form, setting));
    }

    private <T> Row field(Form form, Setting setting, Function<String, Parsed<T>> parser) {
        CommitField<T> field = tab.field(setting.shown().controlId(), parser, v -> targets.set(setting, v));
        form.row(setting.shown().caption(), field.node());
        return new Row(setting, field.node(), field::setDisable, () -> {
            Object value = shared(setting);
            field.show(value == null ? null : value.toString());
        }, reason(form, setting));
    }

    private Row choice(Form form, Setting setting) {
        ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(setting.choices()));
        box.setId(setting.shown().controlId());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(String code) {
                int i = setting.choices().indexOf(code);
                return i < 0 ? "" : setting.choiceLabels().get(i);
            }

            @Override public String fromString(String label) { return setting.choices().get(setting.choiceLabels().indexOf(label)); }
        });
        box.setOnAction(e -> {
            if (!tab.refreshing && box.getValue() != null) targets.set(setting, box.getValue());
        });
        form.row(setting.shown().caption(), box);
        return new Row(setting, box, box::setDisable, () -> box.setValue((String) shared(setting)), reason(form, setting));
    }

    /** The hint that says why a row is greyed out; only settings that do not always apply have one. */
    private static Label reason(Form form, Setting setting) {
        if (setting.applies().reason().isEmpty()) return null;
        Label hint = form.hint("");
        hint.setId(setting.shown().controlId() + "-reason");
        return hint;
    }

    private Object shared(Setting setting) { return targets.shared(setting::get); }

    /** Shows the targets' values; greys out what applies to none of them, or what is edited one server at a time. */
    void show() {
        String lastReason = "";
        for (Row row : rows) {
            row.show().run();
            Server notApplying = null;
            boolean applies = false;
            for (Server s : targets.servers()) {
                if (row.setting().applies().to(s)) applies = true;
                else if (notApplying == null) notApplying = s;
            }
            boolean off = !applies && notApplying != null;
            row.disable().accept(off || (row.setting().shown().perServer() && targets.isMultiple()));
            String reason = off ? row.setting().applies().reasonFor(notApplying) : "";
            if (row.reason() != null) {
                // rows greyed for one reason (a proxy's fields without a proxy) say it once, under the first of them
                boolean told = !reason.isEmpty() && !reason.equals(lastReason);
                row.reason().setText(reason);
                row.reason().setVisible(told);
                row.reason().setManaged(told);
            }
            lastReason = reason;
        }
    }
}
