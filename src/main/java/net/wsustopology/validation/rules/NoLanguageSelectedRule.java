package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** LNG-02: a server that is not a replica must download at least one language. */
public final class NoLanguageSelectedRule implements Rule {
    @Override public String id() { return "LNG-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.REPLICA, Server.LANGUAGES, Server.NAME));
    }


    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.isReplica() || !s.getLanguages().isEmpty()) return;
        out.accept(finding(s, List.of(), s.label() + " selects no update language, so WSUS downloads no"
                + " language-specific updates for it or its clients. Select the languages its clients use, or all languages."));
    }
}
