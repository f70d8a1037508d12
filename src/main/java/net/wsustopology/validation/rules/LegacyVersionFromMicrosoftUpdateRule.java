package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** VER-02: WSUS 3.0 SP2 can no longer sync from Microsoft Update (no TLS 1.2 / SHA-2). */
public final class LegacyVersionFromMicrosoftUpdateRule implements Rule {
    @Override public String id() { return "VER-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC_FROM_UPSTREAM, Server.VERSION, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.isSyncFromUpstream() || s.getWsusVersion() != WsusVersion.V3_SP2) return;
        out.accept(finding(s, List.of(), s.label() + " runs WSUS 3.0 SP2 and syncs from Microsoft Update, which"
                + " it can no longer do because it lacks TLS 1.2 and SHA-2 support."
                + " Upgrade it or sync it from a newer WSUS server."));
    }
}
