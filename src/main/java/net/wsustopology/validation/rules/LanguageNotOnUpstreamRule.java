package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** LNG-01 (seed): an autonomous downstream's languages must be a subset of its upstream's effective languages. */
public final class LanguageNotOnUpstreamRule implements Rule {
    @Override public String id() { return "LNG-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME, Server.SYNC_FROM_UPSTREAM, Server.REPLICA, Server.LANGUAGES), Reads.upstream(Server.NAME),
                Reads.effectiveLanguages());
    }


    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (!s.isSyncFromUpstream() || s.isReplica()) return;
        Server up = ctx.upstreamOf(s);
        if (up == null) return;
        LanguageSelection upstream = ctx.effectiveLanguages(up);
        if (upstream == null || upstream.all()) return;
        LanguageSelection own = s.getLanguages();
        List<String> missing = new ArrayList<>();
        if (own.all()) {
            missing.add("all languages");
        } else {
            for (String code : own.codes()) if (!upstream.includes(code)) missing.add(code);
        }
        if (missing.isEmpty()) return;
        out.accept(finding(s, List.of(up.id()), s.label() + " selects " + String.join(", ", missing)
                + " but its upstream " + up.label() + " downloads only " + upstream.summary()
                + ": it will get no updates in " + (missing.size() == 1 ? "that language" : "those languages")
                + " and WSUS raises a task on its home page. Add the language to the upstream or remove it here."));
    }
}
