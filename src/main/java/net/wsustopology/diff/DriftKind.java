package net.wsustopology.diff;

import java.util.Collection;

/**
 * What the compare view, the Drift tab and the drift report say about a server or one of its
 * differences: each kind has its words, the one-character mark its card and its rows carry, and
 * a code that names its style ("drift-moved"). The canvas and every export draw these; only the
 * colours come from the theme. Declared from the most telling to the least: a card with several
 * kinds shows the first.
 */
public enum DriftKind {
    PLANNED_ONLY("planned-only", "\u25CB", "Planned but not deployed"),
    DEPLOYED_ONLY("deployed-only", "+", "Deployed but not planned"),
    UNREACHABLE("unreachable", "?", "Unreachable when collected"),
    FAILED_SYNC("failed-sync", "\u00D7", "Last synchronization failed"),
    MOVED("moved", "\u2192", "Moved to another upstream"),
    SETTING_DIFFERS("setting-differs", "\u0394", "A setting differs"),
    SAME("same", "=", "Same as deployed");

    private final String code;
    private final String mark;
    private final String words;

    DriftKind(String code, String mark, String words) {
        this.code = code;
        this.mark = mark;
        this.words = words;
    }

    /** The name of its style and colour token: "moved" gives "drift-moved". */
    public String code() { return code; }

    /** The character on the card's badge and the Drift tab's row ("Δ", "→", "+"...). */
    public String mark() { return mark; }

    /** How the legend and the report's counts name it: "Moved to another upstream". */
    public String words() { return words; }

    /** The kind of one difference: a changed upstream or update source is a move, any other setting a difference of settings. */
    public static DriftKind of(Difference d) {
        return switch (d.kind()) {
            case ONLY_PLANNED -> PLANNED_ONLY;
            case ONLY_ACTUAL -> DEPLOYED_ONLY;
            case UNREACHABLE -> UNREACHABLE;
            case FAILED_SYNC -> FAILED_SYNC;
            case CHANGED -> isMove(d.setting()) ? MOVED : SETTING_DIFFERS;
        };
    }

    /** The kind a server's card shows: the most telling of its differences, or {@link #SAME} when it has none. */
    public static DriftKind ofServer(Collection<Difference> differences) {
        DriftKind shown = SAME;
        for (Difference d : differences) {
            DriftKind k = of(d);
            if (k.ordinal() < shown.ordinal()) shown = k;
        }
        return shown;
    }

    static boolean isMove(String setting) {
        return "updateSource.upstream".equals(setting) || "updateSource.from".equals(setting);
    }
}
