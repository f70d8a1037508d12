package net.wsustopology.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When WSUS uses a setting of a server ("only for downstream servers", "only when update files are
 * stored locally"); elsewhere the console greys it out and WSUS ignores it. The inspector greys
 * the row with the reason; rules that report an ignored setting ask the same test.
 *
 * @param reads  the properties ({@link Server#NAME}...) the test reads, for incremental checks
 * @param before a condition checked first (its reason is told first), or null
 */
public record Applies(Predicate<Server> test, String reason, Set<String> reads, Applies before) {
    public static final Applies ALWAYS = new Applies(s -> true, "", Set.of(), null);

    public Applies {
        reads = Set.copyOf(reads);
    }

    public static Applies when(Predicate<Server> test, String reason, String... reads) {
        return new Applies(test, reason, Set.of(reads), null);
    }

    public boolean to(Server s) { return (before == null || before.to(s)) && test.test(s); }

    /** Why it does not apply to {@code s} (the first condition that fails); "" when it applies. */
    public String reasonFor(Server s) {
        if (before != null && !before.to(s)) return before.reasonFor(s);
        return test.test(s) ? "" : reason;
    }

    /** This condition, then {@code next}. */
    public Applies and(Applies next) {
        Set<String> all = new HashSet<>(reads);
        all.addAll(next.reads);
        return new Applies(next.test, next.reason, all, this);
    }
}
