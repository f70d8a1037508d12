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

    default Finding finding(Server server, java.util.List<String> related, String message) {
        return new Finding(id(), severity(), server.id(), related, message);
    }
}
