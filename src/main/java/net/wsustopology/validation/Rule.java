package net.wsustopology.validation;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;

/**
 * One planning rule of RULES.md. A rule checks one server and reports only findings flagged on
 * that server, so re-checking a server replaces exactly its findings.
 */
public interface Rule {
    String id();

    Severity severity();

    void check(Server server, ValidationContext context, Consumer<Finding> out);

    /**
     * What the rule reads about the checked server and the servers around it; the incremental
     * validator re-checks exactly the servers a change of one of these can affect.
     */
    List<Reads> reads();

    /**
     * True for the rules that read update languages (a server's own or inherited ones). After a
     * language edit only these are re-run on the servers that inherit the languages; the other
     * rules' findings there cannot have changed.
     */
    default boolean readsLanguages() {
        for (Reads r : reads()) if (r.properties().contains(Server.LANGUAGES)) return true;
        return false;
    }

    default Finding finding(Server server, List<String> related, String message) {
        return new Finding(id(), severity(), server.id(), related, message);
    }
}
