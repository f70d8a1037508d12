package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** FIL-03 (API aa352974): "download files from Microsoft Update" applies only to downstream servers. */
public final class FilesFromMicrosoftUpdateOnRootRule implements Rule {
    @Override public String id() { return "FIL-03"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(ServerSettings.FILES_FROM_MICROSOFT_UPDATE.name(), Server.SYNC_FROM_UPSTREAM, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.isSyncFromUpstream() || !ServerSettings.FILES_FROM_MICROSOFT_UPDATE.get(s)) return;
        out.accept(finding(s, List.of(), s.label() + " is set to download update files from Microsoft Update instead of"
                + " its upstream, but it synchronizes from Microsoft Update itself: the setting applies only to downstream"
                + " servers and WSUS ignores it. Clear it."));
    }
}
