package net.wsustopology.ui.canvas;

import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;

/**
 * One tooltip shared by all cards, filled when the pointer enters a card: the full host name
 * and the server's findings. (A tooltip per card would cost thousands of popups on big plans.)
 */
final class NodeTooltips {
    private final Tooltip tooltip = new Tooltip();
    private final Document document;
    private final CardMarks marks;
    private final ExtraCards extras;
    private ServerNode current;

    NodeTooltips(TopologyView view, ExtraCards extras) {
        this.extras = extras;
        this.document = view.document();
        this.marks = view.marks();
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        view.world().addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, e -> {
            if (e.getTarget() instanceof ServerNode n) enter(n);
        });
        view.world().addEventFilter(MouseEvent.MOUSE_EXITED_TARGET, e -> {
            if (e.getTarget() == current) leave();
        });
    }

    private void enter(ServerNode n) {
        leave();
        current = n;
        String extra = extras.noteOf(n);
        tooltip.setText(extra != null ? extra : text(n.server()));
        Tooltip.install(n, tooltip);
    }

    private void leave() {
        if (current != null) Tooltip.uninstall(current, tooltip);
        current = null;
    }

    String text(Server s) {
        StringBuilder b = new StringBuilder(s.label());
        if (s.getSite() != null && !s.getSite().isBlank()) b.append(" (").append(s.getSite()).append(')');
        var findings = document.findings().of(s.id());
        if (findings.isEmpty()) b.append("\nNo issues");
        for (Finding f : findings) {
            b.append("\n").append(f.severity().code().toUpperCase(Locale.ROOT)).append(' ')
                    .append(f.ruleId()).append(": ").append(f.message());
        }
        String note = marks.noteOf(s);
        if (note != null) b.append("\n\n").append(note);
        return b.toString();
    }
}
