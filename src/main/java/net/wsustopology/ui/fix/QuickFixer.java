package net.wsustopology.ui.fix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import net.wsustopology.command.Command;
import net.wsustopology.document.Document;
import net.wsustopology.fix.FixRun;
import net.wsustopology.fix.FixSettings;
import net.wsustopology.fix.QuickFix;
import net.wsustopology.fix.QuickFixes;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.StatusMessages;
import net.wsustopology.validation.Finding;

/**
 * Applies quick fixes wherever a finding is shown: the issues list, the inspector's findings,
 * a card's context menu and Ctrl+. on the selection. A fix that needs a choice opens the
 * inspector field instead of guessing; one that changes the structure is previewed first.
 */
public final class QuickFixer {
    private final Document document;
    private final StatusMessages messages;
    private final Consumer<String> openField;
    private final Supplier<Window> owner;
    private final IntSupplier syncDuration;

    /**
     * {@code openField} brings the inspector field with that id to the front; {@code syncDuration}
     * is the window's assumed sync duration (schedule fixes keep downstreams after it).
     */
    public QuickFixer(Document document, StatusMessages messages, Consumer<String> openField, Supplier<Window> owner,
                      IntSupplier syncDuration) {
        this.document = document;
        this.messages = messages;
        this.openField = openField;
        this.owner = owner;
        this.syncDuration = syncDuration;
    }

    public Document document() { return document; }

    FixSettings settings() { return new FixSettings(syncDuration.getAsInt(), null, null); }

    /** The fixes of these findings, as computed from the plan now. */
    public List<QuickFix> fixes(List<Finding> findings) {
        return new QuickFixes(document.edits(), settings()).of(findings);
    }

    /** Why the finding has no fix, in one sentence; empty when it has one. */
    public Optional<String> whyNoFix(Finding finding) { return new QuickFixes(document.edits(), settings()).whyNone(finding); }


    /** One menu item per fix of the findings; with {@code fixAll}, one "Fix all" item per rule that has safe fixes. */
    public List<MenuItem> menuItems(List<Finding> findings, boolean fixAll) {
        List<MenuItem> items = new ArrayList<>();
        for (QuickFix fix : fixes(findings)) items.add(item(fix));
        if (fixAll) {
            Set<String> rules = new LinkedHashSet<>();
            for (Finding f : findings) rules.add(f.ruleId());
            List<MenuItem> all = new ArrayList<>();
            for (String rule : rules) {
                int count = safeCount(rule);
                if (count < 2) continue;
                MenuItem item = new MenuItem("Fix all " + count + " " + rule + " findings that need no choice");
                item.getStyleClass().add("fix-all-item");
                item.setOnAction(e -> fixAll(rule));
                all.add(item);
            }
            if (!all.isEmpty() && !items.isEmpty()) items.add(new SeparatorMenuItem());
            items.addAll(all);
        }
        return items;
    }

    private MenuItem item(QuickFix fix) {
        MenuItem item = new MenuItem(fix.label() + (fix.kind() == QuickFix.Kind.PREVIEW ? "…" : ""));
        item.getStyleClass().add("quick-fix-item");
        item.setOnAction(e -> apply(fix));
        return item;
    }

    /** How many findings of the rule have a fix that needs no choice. */
    int safeCount(String rule) {
        QuickFixes fixes = new QuickFixes(document.edits(), settings());
        int count = 0;
        for (Finding f : document.findings().all(document.topology())) {
            if (f.ruleId().equals(rule) && fixes.safe(f).isPresent()) count++;
        }
        return count;
    }

    /** Applies one fix as one undo step (after a preview for structural fixes; a choice opens its field). */
    public void apply(QuickFix fix) {
        switch (fix.kind()) {
            case CHOOSE -> choose(fix);
            case PREVIEW -> {
                if (FixPreviewDialog.confirm(owner.get(), fix)) execute(fix);
            }
            default -> execute(fix);
        }
    }

    private void execute(QuickFix fix) {
        Command command = fix.command();
        if (command == null) return;
        document.execute(command);
        document.validator().flush();
        messages.show(fix.label());
    }

    private void choose(QuickFix fix) {
        Server server = document.topology().server(fix.serverId());
        if (server == null) return;
        document.selection().select(server);
        String field = switch (fix.choice()) {
            case UPSTREAM -> "upstream";
            case PROXY_SERVER -> "proxy-server";
            case PROXY_USER -> "proxy-user";
            case NONE -> null;
        };
        if (field != null) openField.accept(field);
        messages.show(fix.label().replace("…", ""));
    }

    /** "Fix all of this kind": the safe fix of every finding of the rule, as one undo step. */
    public void fixAll(String rule) {
        FixRun.Result result = new FixRun(document.topology(), Set.of(rule), settings()).run("Fix all " + rule + " findings");
        if (!result.changed()) {
            messages.show(result.skipped().isEmpty() ? "No " + rule + " finding has a fix that needs no choice"
                    : "No " + rule + " fix applied: " + result.skipped().get(0));
            return;
        }
        // the run has changed the plan already; put it on the stack as one step
        result.command().undo();
        document.execute(result.command());
        document.validator().flush();
        messages.show("Applied " + result.applied().size() + " " + rule + " fix" + (result.applied().size() == 1 ? "" : "es")
                + (result.skipped().isEmpty() ? "" : "; skipped " + result.skipped().size() + " that would add other findings"));
    }

    /** Ctrl+.: the fixes of the selected servers' findings in a menu at {@code where} on the screen. */
    public void popup(Node anchor, Point2D where) {
        List<Finding> findings = new ArrayList<>();
        for (Server s : document.selection().asList()) findings.addAll(document.findings().of(s.id()));
        if (document.selection().asList().isEmpty()) {
            messages.show("Select a server to see the fixes of its findings");
            return;
        }
        List<MenuItem> items = menuItems(findings, false);
        if (items.isEmpty()) {
            messages.show(findings.isEmpty() ? "The selection has no findings" : "No quick fix for these findings: their messages say what to do");
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-fix-menu");
        menu.getItems().setAll(items);
        menu.show(anchor, where.getX(), where.getY());
    }
}
