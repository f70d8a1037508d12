package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/**
 * LNG-03: a server that is not a replica selects a language code the WSUS console does not offer;
 * the API refuses it (SetEnabledUpdateLanguages throws), so the apply script would fail.
 */
public final class UnknownLanguageRule implements Rule {
    @Override public String id() { return "LNG-03"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.REPLICA, Server.LANGUAGES, Server.NAME));
    }


    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        LanguageSelection languages = s.getLanguages();
        if (s.isReplica() || languages.all()) return;
        List<String> unknown = new ArrayList<>();
        for (String code : languages.codes()) if (!LanguageCatalog.isKnown(code)) unknown.add(code);
        if (unknown.isEmpty()) return;
        boolean one = unknown.size() == 1;
        out.accept(finding(s, List.of(), s.label() + " selects " + (one ? "the language code " : "the language codes ")
                + String.join(", ", unknown) + ", which WSUS does not offer: the server refuses " + (one ? "it" : "them")
                + " and the apply script would fail. Use a code from the console's list (for example en, de, pt-br) or remove "
                + (one ? "it." : "them.")));
    }
}
