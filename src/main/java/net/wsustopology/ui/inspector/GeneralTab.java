package net.wsustopology.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Shown;

/** Identity, version, the server's own ports, client count (rows of the settings table), what was observed, and notes. */
final class GeneralTab extends ServerTab {
    private final Label id = new Label();
    private final PlainRows rows = new PlainRows(this, targets);
    private final TextArea notes = new TextArea();
    private String shownNotes = "";
    private final ObservedFacts observed;

    GeneralTab(EditTargets targets) {
        super(Shown.GENERAL, targets);
        id.setId("server-id");
        id.getStyleClass().add("read-only-value");
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commitNotes();
        });

        Form form = new Form();
        form.row("Id", id);
        rows.addGroup(form, Shown.GENERAL, "");
        rows.addGroup(form, Shown.GENERAL, Shown.PORTS_GROUP);
        observed = new ObservedFacts(form);
        form.heading("Notes");
        form.wide(notes);
        setForm(form);
    }

    @Override protected void show() {
        boolean multiple = targets.isMultiple();
        id.setText(multiple ? targets.servers().size() + " servers" : targets.shared(Server::id));
        rows.show();
        observed.show(multiple || targets.servers().isEmpty() ? null : targets.servers().get(0).getObserved());
        String sharedNotes = targets.shared(Server::getNotes);
        shownNotes = sharedNotes == null ? "" : sharedNotes;
        notes.setText(shownNotes);
        notes.setPromptText(sharedNotes == null ? "(different notes)" : "");
    }

    @Override void commitPending() {
        super.commitPending();
        commitNotes();
    }

    private void commitNotes() {
        if (notes.getText().equals(shownNotes)) return;
        shownNotes = notes.getText();
        targets.set(ServerSettings.NOTES, notes.getText());
    }
}
