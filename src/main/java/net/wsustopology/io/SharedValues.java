package net.wsustopology.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.LanguageSelection;

/**
 * Hands out one instance per distinct immutable value (schedules, proxies, language selections,
 * ports) while a plan is read. Big plans repeat the same few values on every server, so sharing
 * them keeps a 100,000-server plan several tens of megabytes smaller and the load faster.
 */
final class SharedValues {
    private final Map<Object, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) return null;
        Object existing = values.putIfAbsent(value, value);
        return existing == null ? value : (T) existing;
    }

    /** Keyed by the codes in their order: equal selections in another order must keep their own order. */
    LanguageSelection languages(boolean all, List<String> codes) {
        List<Object> key = List.of(all, codes);
        Object existing = values.get(key);
        if (existing != null) return (LanguageSelection) existing;
        LanguageSelection created = LanguageSelection.of(all, codes);
        values.put(key, created);
        return created;
    }
}
