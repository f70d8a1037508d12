package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/**
 * FIL-02 (API ms751938, aa352974): express installation files or downloading files from Microsoft
 * Update chosen on a server that does not store update files locally, where WSUS ignores them.
 */
public final class IgnoredFileOptionsRule implements Rule {
    @Override public String id() { return "FIL-02"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(ServerSettings.STORE_LOCALLY.name(), ServerSettings.EXPRESS_FILES.name(),
                ServerSettings.FILES_FROM_MICROSOFT_UPDATE.name(), Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (ServerSettings.STORE_LOCALLY.get(s)) return;
        List<String> ignored = new ArrayList<>();
        if (ServerSettings.EXPRESS_FILES.get(s)) ignored.add("express installation files");
        if (ServerSettings.FILES_FROM_MICROSOFT_UPDATE.get(s)) ignored.add("downloading files from Microsoft Update");
        if (ignored.isEmpty()) return;
        out.accept(finding(s, List.of(), s.label() + " chooses " + String.join(" and ", ignored) + ", but it does not store"
                + " update files locally, so WSUS ignores " + (ignored.size() == 1 ? "it" : "them") + ". Clear "
                + (ignored.size() == 1 ? "it" : "them") + ", or store update files locally."));
    }
}
