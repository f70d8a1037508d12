package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import net.wsustopology.document.Document;

/** One tab of the server inspector: shows the targets' settings and turns edits into commands. */
abstract class ServerTab extends Tab {
    protected final EditTargets targets;
    private final List<CommitField<?>> fields = new ArrayList<>();
    /** True while the tab writes model values into its controls, so listeners do not echo them back. */
    protected boolean refreshing;

    ServerTab(String title, EditTargets targets) {
        super(title);
        this.targets = targets;
        setClosable(false);
    }

    protected Document document() { return targets.document(); }

    private Node form;

    /** The control with this id on the tab, or null. */
    Node field(String id) { return form == null ? null : form.lookup("#" + id); }

    protected void setForm(Node form) {
        this.form = form;
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        setContent(scroll);
    }

    protected <T> CommitField<T> field(String id, Function<String, Parsed<T>> parser, Consumer<T> onCommit) {
        CommitField<T> field = new CommitField<>(id, parser, onCommit);
        fields.add(field);
        return field;
    }

    /** Shows the targets' current values. */
    final void refresh() {
        refreshing = true;
        try {
            show();
        } finally {
            refreshing = false;
        }
    }

    protected abstract void show();

    /** Commits text typed but not yet committed (before the targets change). */
    void commitPending() {
        for (CommitField<?> f : fields) if (f.isEdited()) f.commit();
    }

    static String text(Integer value) { return value == null ? null : value.toString(); }
}
