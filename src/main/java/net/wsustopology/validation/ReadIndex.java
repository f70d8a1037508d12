package net.wsustopology.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.validation.Reads.Relation;

/**
 * For each server property, the relations through which the rules read it, derived from their
 * declared {@link Reads}; per relation, whether only language rules read it there (then a change
 * re-runs only those rules on the servers it reaches).
 */
final class ReadIndex {
    private final Map<String, Map<Relation, Boolean>> byProperty = new HashMap<>();

    ReadIndex(List<Rule> rules) {
        for (Rule rule : rules) {
            boolean languageRule = rule.readsLanguages();
            for (Reads reads : Reads.withImplied(rule.reads())) {
                for (String property : reads.properties()) {
                    byProperty.computeIfAbsent(property, p -> new EnumMap<>(Relation.class))
                            .merge(reads.relation(), languageRule, Boolean::logicalAnd);
                }
            }
        }
    }

    /** Relation to the changed server, and true when only language rules read the property there. */
    Map<Relation, Boolean> readersOf(String property) { return byProperty.getOrDefault(property, Map.of()); }
}
