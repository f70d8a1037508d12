package net.wsustopology.ui.drift;

import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftGroups;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.diff.DriftWording;
import net.wsustopology.diff.SettingCaptions;
import net.wsustopology.model.Server;

/** A row of the Drift tab: a server with its count of differences, or one difference under it. */
record DriftRow(DriftGroups.Group group, Difference difference) {
    static DriftRow of(DriftGroups.Group group) { return new DriftRow(group, null); }

    static DriftRow of(DriftGroups.Group group, Difference d) { return new DriftRow(group, d); }

    boolean isServer() { return difference == null; }

    /** The server the row is about: planned, or only deployed. */
    Server server() { return group.server(); }

    /** True when the server is in the plan (a deployed-only one has a read-only card). */
    boolean planned() { return group.differences().get(0).planned() != null; }

    DriftKind kind() { return isServer() ? group.kind() : DriftKind.of(difference); }

    /** The first column: "wsus-got01.eu.corp.contoso.com (2)" for a server, the difference in the console's words under it. */
    String text() { return isServer() ? group.heading() : DriftWording.of(difference); }

    /** The second column: the setting's path in the file, for search and for the CSV. */
    String path() { return isServer() || difference.setting() == null ? "" : difference.setting(); }

    /** The tooltip: the kind's words, the console's name of the setting and its path. */
    String tooltip() {
        if (isServer()) return kind().words() + " (" + group.differences().size() + " difference" + (group.differences().size() == 1 ? "" : "s") + ")";
        String s = kind().words();
        if (difference.setting() != null) s += "\n" + SettingCaptions.of(difference.setting()) + "\nIn the file: " + difference.setting();
        return s;
    }

    /** What the filter searches: server, wording, path, id. */
    String searchText() {
        return group.name() + " " + group.planId() + " " + (isServer() ? "" : DriftWording.of(difference) + " " + path() + " "
                + difference.line());
    }
}
