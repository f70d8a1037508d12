package net.wsustopology.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import net.wsustopology.command.Edits;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.common.StatusMessages;
import net.wsustopology.validation.Severity;
import org.controlsfx.control.StatusBar;

/**
 * Bottom line: the last message on the left; servers, findings by severity, zoom and file on the
 * right. The counters and the file name keep their whole width (a long message is cut, never a
 * count or the name), and a message goes after {@link #MESSAGE_SHOWN} so it does not outlive the
 * action it was about.
 */
public final class EditorStatusBar extends StatusBar implements StatusMessages {
    static final Duration MESSAGE_SHOWN = Duration.seconds(6);

    private final Document document;
    private final PauseTransition fade = new PauseTransition(MESSAGE_SHOWN);
    private final Label servers = item("status-servers");
    private final Label errors = item("status-errors", "text-error");
    private final Label warnings = item("status-warnings", "text-warning");
    private final Label infos = item("status-infos", "text-info");
    private final Label zoom = item("status-zoom");
    private final Label file = item("status-file");

    public EditorStatusBar(Document document, TopologyCanvas canvas) {
        this.document = document;
        getStyleClass().add("editor-status");
        setText("Ready");
        getRightItems().addAll(servers, separator(), errors, warnings, infos, separator(), zoom, separator(), file);
        for (Label counter : new Label[] {servers, errors, warnings, infos, zoom, file}) counter.setMinWidth(Region.USE_PREF_SIZE);
        fade.setOnFinished(e -> setText(""));
        document.findings().addListener(ids -> refresh());
        document.commands().addListener(stack -> refresh());
        document.addFileListener(d -> refresh());
        document.topology().addListener(new TopologyListener() {
            @Override public void serverAdded(Server s) { refreshCount(); }
            @Override public void serverRemoved(Server s) { refreshCount(); }
        });
        canvas.zoomProperty().addListener((o, a, b) -> zoom.setText(percent(b.doubleValue())));
        zoom.setText(percent(canvas.zoom()));
        refresh();
    }

    private static String percent(double z) { return Math.round(z * 100) + " %"; }

    private static Label item(String... styleClasses) {
        Label l = new Label();
        l.getStyleClass().add("status-item");
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    private static Separator separator() { return new Separator(Orientation.VERTICAL); }

    @Override public void show(String message) {
        setText(message);
        fade.playFromStart();
    }

    /** How long a message stays (tests shorten it). */
    void setMessageShown(Duration shown) { fade.setDuration(shown); }

    private void refreshCount() { servers.setText(Edits.plural(document.topology().size(), "server")); }

    private void refresh() {
        refreshCount();
        errors.setText(Edits.plural(document.findings().count(Severity.ERROR), "error"));
        warnings.setText(Edits.plural(document.findings().count(Severity.WARNING), "warning"));
        infos.setText(Edits.plural(document.findings().count(Severity.INFO), "info"));
        file.setText(document.displayName() + (document.isDirty() ? " •" : ""));
    }
}
