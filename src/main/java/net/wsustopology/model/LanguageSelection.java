package net.wsustopology.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The update languages a server downloads: every language, or a list of lowercase codes.
 * Immutable, so an edit is a replacement and undo needs no copy.
 */
public final class LanguageSelection {
    public static final LanguageSelection ENGLISH = of(List.of("en"));
    public static final LanguageSelection ALL = new LanguageSelection(true, List.of());

    private final boolean all;
    private final List<String> codes;
    private final Set<String> codeSet;

    private LanguageSelection(boolean all, List<String> codes) {
        this.all = all;
        this.codes = List.copyOf(codes);
        this.codeSet = Set.copyOf(codes);
    }

    /** Codes are lowercased and de-duplicated; their order is kept as given. */
    public static LanguageSelection of(Collection<String> codes) {
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        for (String c : codes) normalized.add(LanguageCatalog.normalize(c));
        return new LanguageSelection(false, new ArrayList<>(normalized));
    }

    public static LanguageSelection of(boolean all, Collection<String> codes) {
        LanguageSelection s = of(codes);
        return all ? new LanguageSelection(true, s.codes) : s;
    }

    public boolean all() { return all; }
    public List<String> codes() { return codes; }

    /** True when this selection downloads updates in the given language. */
    public boolean includes(String code) { return all || codeSet.contains(LanguageCatalog.normalize(code)); }

    public boolean isEmpty() { return !all && codes.isEmpty(); }

    public LanguageSelection with(String code, boolean selected) {
        List<String> next = new ArrayList<>(codes);
        String c = LanguageCatalog.normalize(code);
        if (selected && !next.contains(c)) next.add(c);
        if (!selected) next.remove(c);
        return new LanguageSelection(all, next);
    }

    public LanguageSelection withAll(boolean allLanguages) { return new LanguageSelection(allLanguages, codes); }

    public String summary() {
        if (all) return "all languages";
        if (codes.isEmpty()) return "none";
        return String.join(", ", codes);
    }

    @Override public boolean equals(Object o) {
        return o instanceof LanguageSelection other && all == other.all && codeSet.equals(other.codeSet);
    }

    @Override public int hashCode() { return Boolean.hashCode(all) * 31 + codeSet.hashCode(); }

    @Override public String toString() { return summary(); }
}
