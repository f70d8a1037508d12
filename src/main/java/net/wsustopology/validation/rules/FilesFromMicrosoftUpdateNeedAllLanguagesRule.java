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

/**
 * FIL-01 (API ms751933): a server that is not a replica and does not store update files locally
 * must download all languages: WSUS refuses HostBinariesOnMicrosoftUpdate otherwise.
 */
public final class FilesFromMicrosoftUpdateNeedAllLanguagesRule implements Rule {
    @Override public String id() { return "FIL-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.REPLICA, Server.LANGUAGES, ServerSettings.STORE_LOCALLY.name(), Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.isReplica() || ServerSettings.STORE_LOCALLY.get(s) || s.getLanguages().all()) return;
        out.accept(finding(s, List.of(), s.label() + " does not store update files locally, so its clients download them"
                + " from Microsoft Update, but it downloads only some languages: WSUS then requires all languages and the"
                + " apply script would fail. Download updates in all languages, or store update files locally."));
    }
}
