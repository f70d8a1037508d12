package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** SCH-04 (console): a server that synchronizes manually gets new updates only when someone starts a sync. */
public final class ManualSyncRule implements Rule {
    @Override public String id() { return "SCH-04"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.getSync().automatic()) return;
        out.accept(finding(s, List.of(), s.label() + " synchronizes manually: it gets new updates only when someone starts"
                + " a synchronization, and so do the servers below it. Synchronize automatically, for example once a day."));
    }
}
