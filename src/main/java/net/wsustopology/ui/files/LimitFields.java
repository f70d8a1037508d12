package net.wsustopology.ui.files;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import net.wsustopology.model.Limits;

/**
 * The three limits of new plans as text fields: while they cannot be a plan's limits (not a whole
 * number of 1 or more, or more recommended tiers than the maximum) the field is marked and one
 * sentence below says why, so nothing is silently replaced.
 */
public final class LimitFields {
    private static final String ERROR_CLASS = "field-error";

    private final TextField fanOut = field("pref-max-downstream");
    private final TextField recommended = field("pref-recommended-tiers");
    private final TextField max = field("pref-max-tiers");
    private final Label message = new Label();
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper();
    private Limits value;

    public LimitFields(Limits initial) {
        value = initial;
        fanOut.setText(Integer.toString(initial.maxDownstreamServers()));
        recommended.setText(Integer.toString(initial.recommendedMaxTiers()));
        max.setText(Integer.toString(initial.maxTiers()));
        message.setId("pref-limits-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMaxWidth(360);
        for (TextField f : new TextField[] {fanOut, recommended, max}) f.textProperty().addListener((o, a, b) -> check());
        check();
    }

    public void addTo(GridPane grid, int firstRow) {
        grid.addRow(firstRow, new Label("Max downstream servers (new plans)"), fanOut);
        grid.addRow(firstRow + 1, new Label("Recommended max tiers (new plans)"), recommended);
        grid.addRow(firstRow + 2, new Label("Max tiers (new plans)"), max);
        grid.add(message, 1, firstRow + 3);
    }

    public ReadOnlyBooleanProperty invalidProperty() { return invalid.getReadOnlyProperty(); }

    /** The limits typed, valid whenever {@link #invalidProperty()} is false. */
    public Limits value() { return value; }

    private void check() {
        Integer f = number(fanOut);
        Integer r = number(recommended);
        Integer m = number(max);
        TextField wrong = f == null ? fanOut : r == null ? recommended : m == null ? max : null;
        String problem = wrong != null ? Limits.NOT_POSITIVE : new Limits(f, r, m).problem();
        if (wrong == null && problem != null) wrong = r > m ? recommended : f < 1 ? fanOut : r < 1 ? recommended : max;
        for (TextField field : new TextField[] {fanOut, recommended, max}) {
            field.getStyleClass().remove(ERROR_CLASS);
            if (field == wrong) field.getStyleClass().add(ERROR_CLASS);
        }
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        invalid.set(problem != null);
        if (problem == null) value = new Limits(f, r, m);
    }

    private static Integer number(TextField field) {
        String t = field.getText().trim();
        if (t.isEmpty() || t.length() > 9) return null;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return null;
        return Integer.valueOf(t);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }
}
