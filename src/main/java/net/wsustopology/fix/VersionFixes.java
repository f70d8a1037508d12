package net.wsustopology.fix;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.WsusVersion;

/** VER-01 and VER-02: an upstream older than its downstream, WSUS 3.0 SP2 on Microsoft Update. */
final class VersionFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("VER-01", "VER-02"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        Server s = t.server();
        if (t.ruleId().equals("VER-02")) {
            String label = "Upgrade " + FixTarget.name(s) + " to " + WsusVersion.V10.displayName();
            return List.of(QuickFix.safe(t, label, "wsusVersion " + s.getWsusVersion().code() + " → " + WsusVersion.V10.code(),
                    () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.VERSION, WsusVersion.V10).build()));
        }
        Server up = t.upstream();
        if (up == null || !s.getWsusVersion().isNewerThan(up.getWsusVersion())) return List.of();
        WsusVersion target = s.getWsusVersion();
        String label = "Raise " + FixTarget.name(up) + " (the upstream) to " + target.displayName();
        return List.of(QuickFix.safe(t, label, "wsusVersion of " + FixTarget.name(up) + " " + up.getWsusVersion().code() + " → " + target.code(),
                () -> Labelled.edit(t.edits(), label).set(up, ServerSettings.VERSION, target).build()));
    }
}
