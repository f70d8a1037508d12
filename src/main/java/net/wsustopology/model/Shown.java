package net.wsustopology.model;

/**
 * How the inspector shows a setting: the tab and group it sits in, the WSUS console's caption and a
 * tooltip, and the kind of control. A setting with {@link Control#OWN} has a control of its own
 * (languages, the schedule, the upstream chooser) that its tab builds; the others are plain rows
 * the inspector builds from this description alone.
 *
 * @param group     the heading of the group inside the tab; "" for the tab's first, unheaded rows
 * @param controlId the control's id in the scene (for tests and screen readers' look-ups)
 * @param perServer true when no two servers share a value (the host name): edited one server at a time
 */
public record Shown(String tab, String group, String caption, String tooltip, Control control, String controlId,
                    boolean perServer) {
    public enum Control {
        CHECK_BOX, PORT, COUNT, TEXT, CHOICE,
        /** A control of its own, built by its tab. */
        OWN
    }

    /** Not shown as a row (position, pinning: the canvas edits them). */
    public static final Shown NOWHERE = new Shown("", "", "", "", Control.OWN, "", false);

    /** The inspector's tabs, in their order. */
    public static final String GENERAL = "General";
    public static final String SOURCE = "Source";
    public static final String PROXY = "Proxy";
    /** The console's "Update Files and Languages" does not fit beside the four other tab headers. */
    public static final String LANGUAGES = "Languages";
    public static final String SCHEDULE = "Schedule";
    /** Headed groups of rows inside a tab. */
    public static final String PORTS_GROUP = "This server's ports";
    public static final String UPDATE_FILES_GROUP = "Update Files";

    public boolean plain() { return control != Control.OWN; }
}
