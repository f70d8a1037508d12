package net.wsustopology.validation;

import java.util.List;

/**
 * One broken rule: {@code serverId} is the server whose node is coloured, {@code related} the
 * other servers involved, {@code message} says what, why in WSUS terms, and how to fix it.
 */
public record Finding(String ruleId, Severity severity, String serverId, List<String> related, String message) {
    public Finding {
        related = List.copyOf(related);
    }
}
