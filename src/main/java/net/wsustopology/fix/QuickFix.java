package net.wsustopology.fix;

import java.util.function.Supplier;
import net.wsustopology.command.Command;

/**
 * One way to resolve one finding. {@code label} says exactly what it changes, with names, for a
 * menu ("Add ar to wsus-emea01 and its upstream wsus-hq01"); {@code change} is the same change
 * as the command line prints it after the server's name ("languages + ar on wsus-emea01, wsus-hq01").
 */
public record QuickFix(String ruleId, String serverId, String serverName, String label, String change, Kind kind,
                       Choice choice, Supplier<Command> edit) {

    /** How a fix is applied. */
    public enum Kind {
        /** Needs no choice: the command line's {@code fix} and "Fix all of this kind" apply it. */
        SAFE,
        /** Applies at once when clicked, but is one of several reasonable answers. */
        OPTION,
        /** Needs a choice from the user: it opens the inspector field instead of guessing. */
        CHOOSE,
        /** Changes the structure: the editor shows what moves where before applying. */
        PREVIEW
    }

    /** The inspector field a {@link Kind#CHOOSE} fix opens. */
    public enum Choice { NONE, UPSTREAM, PROXY_SERVER, PROXY_USER }

    static QuickFix safe(FixTarget t, String label, String change, Supplier<Command> edit) {
        return new QuickFix(t.ruleId(), t.server().id(), t.server().label(), label, change, Kind.SAFE, Choice.NONE, edit);
    }

    static QuickFix option(FixTarget t, String label, String change, Supplier<Command> edit) {
        return new QuickFix(t.ruleId(), t.server().id(), t.server().label(), label, change, Kind.OPTION, Choice.NONE, edit);
    }

    /** {@code change} here is the preview: what moves where, one line each. */
    static QuickFix preview(FixTarget t, String label, String change, Supplier<Command> edit) {
        return new QuickFix(t.ruleId(), t.server().id(), t.server().label(), label, change, Kind.PREVIEW, Choice.NONE, edit);
    }

    static QuickFix choose(FixTarget t, String label, Choice choice) {
        return new QuickFix(t.ruleId(), t.server().id(), t.server().label(), label, "", Kind.CHOOSE, choice, null);
    }

    public boolean isSafe() { return kind == Kind.SAFE; }

    /** Whether clicking it changes the plan right away (no field to fill, no preview to confirm). */

    /** Builds the edit from the plan as it is now; null for a fix that needs a choice. */
    public Command command() { return edit == null ? null : edit.get(); }

    /** The command line's line for this fix: "wsus-par: languages + ar on wsus-emea01, wsus-hq01 (LNG-01)". */
    public String line() { return HostNames.shortName(serverName) + ": " + change + " (" + ruleId + ")"; }
}
