package net.wsustopology.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

/**
 * The characters that no font could draw in one export (they are drawn as boxes), collected by
 * every Graphics2D the export draws on: the collector travels as a rendering hint, so the
 * painters need not pass it along.
 */
public final class MissingGlyphs {
    private static final RenderingHints.Key KEY = new RenderingHints.Key(0x57535553) {
        @Override public boolean isCompatibleValue(Object value) { return value instanceof MissingGlyphs; }
    };
    private static final int NAMED = 12;

    private final Set<Integer> codePoints = new ConcurrentSkipListSet<>();
    private final Set<Integer> replaced = new ConcurrentSkipListSet<>();

    /** Characters drawn on {@code g} (and on graphics created from it) that no font has are recorded here. */
    public void collectFrom(Graphics2D g) { g.setRenderingHint(KEY, this); }

    static void record(Graphics2D g, int codePoint) {
        if (g.getRenderingHint(KEY) instanceof MissingGlyphs missing) missing.codePoints.add(codePoint);
    }

    static void recordReplaced(Graphics2D g, int codePoint) {
        if (g.getRenderingHint(KEY) instanceof MissingGlyphs missing) missing.recordReplaced(codePoint);
    }

    /** A character the file format cannot hold, shown as {@link XmlChars#REPLACEMENT}. */
    public void recordReplaced(int codePoint) { replaced.add(codePoint); }

    public boolean isEmpty() { return codePoints.isEmpty() && replaced.isEmpty(); }

    public Set<Integer> codePoints() { return Collections.unmodifiableSet(new TreeSet<>(codePoints)); }

    /**
     * One sentence naming the characters, each with its code (a console may not show the
     * character itself), e.g. {@code No font on this computer has 2 characters of the plan, drawn as boxes: 𝄞 (U+1D11E), ...}.
     */
    public String describe() {
        if (codePoints.isEmpty()) return describeReplaced();
        String boxes = describeBoxes();
        return replaced.isEmpty() ? boxes : boxes + " " + describeReplaced();
    }

    private String describeReplaced() {
        List<Integer> all = List.copyOf(new TreeSet<>(replaced));
        String named = all.stream().limit(NAMED).map(MissingGlyphs::code).collect(Collectors.joining(", "));
        String more = all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : "";
        return (all.size() == 1 ? "1 character" : all.size() + " characters") + " of the plan cannot be written in this format"
                + " and " + (all.size() == 1 ? "was" : "were") + " replaced by " + XmlChars.REPLACEMENT + ": " + named + more + ".";
    }

    private String describeBoxes() {
        List<Integer> all = List.copyOf(new TreeSet<>(codePoints));
        String named = all.stream().limit(NAMED).map(MissingGlyphs::name).collect(Collectors.joining(", "));
        String more = all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : "";
        return "No font on this computer has " + (all.size() == 1 ? "1 character" : all.size() + " characters")
                + " of the plan, drawn as boxes: " + named + more
                + ". Install a font with them (for example from the Noto family) and export again.";
    }

    private static String code(int codePoint) { return "U+" + String.format("%04X", codePoint); }

    private static String name(int codePoint) {
        return new String(Character.toChars(codePoint)) + " (U+" + String.format("%04X", codePoint) + ")";
    }
}
