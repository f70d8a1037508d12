package net.wsustopology.validation;

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
     * True for the rules that read update languages (a server's own or effective ones). After a
     * language edit only these are re-run on the servers that inherit the languages; the other
     * rules' findings there cannot have changed.
     */
    default boolean readsLanguages() { return false; }

    default Finding finding(Server server, java.util.List<String> related, String message) {
        return new Finding(id(), severity(), server.id(), related, message);
    }
}
