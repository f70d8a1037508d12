package net.wsustopology.diff;

import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;

/**
 * A difference in the words of the Drift tab and the drift report: settings named as the WSUS
 * console names them ({@link SettingCaptions}), a move told as where the server is deployed,
 * Microsoft Update by its name. {@code diff}'s text output keeps the file paths
 * ({@link Difference#describe()}).
 */
public final class DriftWording {
    private DriftWording() { }

    /** One line about one difference, without the server: "Update Source: port: planned 8530, actual 8531". */
    public static String of(Difference d) {
        return switch (d.kind()) {
            case ONLY_PLANNED -> DriftKind.PLANNED_ONLY.words();
            case ONLY_ACTUAL -> DriftKind.DEPLOYED_ONLY.words() + ", " + deployedSource(d.actual());
            case UNREACHABLE -> DriftKind.UNREACHABLE.words() + error(d.actual().getObserved())
                    + "; only what its upstream knows was compared";
            case FAILED_SYNC -> DriftKind.FAILED_SYNC.words() + when(d.actual().getObserved()) + error(d.actual().getObserved());
            case CHANGED -> changed(d);
        };
    }

    /** The setting's caption, or the kind's words for a difference that is about no one setting. */
    public static String subject(Difference d) {
        return d.setting() != null ? SettingCaptions.of(d.setting()) : DriftKind.of(d).words();
    }

    private static String changed(Difference d) {
        if ("updateSource.upstream".equals(d.setting())) {
            return "Moved: deployed " + under(d.actualValue()) + ", planned " + under(d.plannedValue());
        }
        return SettingCaptions.of(d.setting()) + ": planned " + value(d.plannedValue()) + ", actual " + value(d.actualValue());
    }

    private static String under(Object upstream) { return upstream == null ? "with no upstream" : "under " + upstream; }

    /** A value in words: the update source's file codes become the console's choices. */
    static String value(Object v) {
        if (ServerSettings.FROM_MICROSOFT_UPDATE.equals(v)) return "Microsoft Update";
        if (ServerSettings.FROM_UPSTREAM.equals(v)) return "an upstream server";
        if (ServerSettings.ALL_LANGUAGES.equals(v)) return "all languages";
        return Difference.text(v);
    }

    private static String deployedSource(Server actual) {
        if (!actual.isSyncFromUpstream()) return "synchronizing from Microsoft Update";
        return "under " + (actual.getUpstreamId() == null ? "(none)" : actual.getUpstreamId());
    }

    private static String when(Observed o) { return o.lastSyncUtc() == null ? "" : " (" + o.lastSyncUtc() + ")"; }

    private static String error(Observed o) { return o.error() == null || o.error().isBlank() ? "" : ": " + o.error(); }
}
