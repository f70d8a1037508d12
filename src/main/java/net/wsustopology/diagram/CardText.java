package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.layout.TreeLayout;

/**
 * Where the texts of a card go, in card coordinates (0, 0 top left; baselines), the same for
 * every renderer: each measures with its own fonts through a {@link Measure}. The host line is
 * bold, the domain smaller under it, the details line last. Sizes step down until every line
 * fits; a host or domain still too wide breaks once, after a hyphen or a dot, so a name of up to
 * 40 characters is never cut. Only the site on the details line (a site can be any length) ends
 * in "…"; the tier and role after it stay whole.
 */
public final class CardText {
    public static final double WIDTH = TreeLayout.NODE_WIDTH;
    public static final double HEIGHT = TreeLayout.NODE_HEIGHT;
    public static final double PAD = 9;
    /** The R badge of a replica: a circle of this diameter in the top right corner. */
    public static final double BADGE = 15;
    public static final double BADGE_X = WIDTH - BADGE - 5;
    public static final double BADGE_Y = 5;
    private static final double BADGE_GAP = 3;
    /** Size of the bold "+N" of a collapsed card, right-aligned on the last line. */
    public static final double COUNT_SIZE = 11;
    private static final double LEADING = 1.22;
    private static final double ASCENT = 0.92;
    /** Height the lines may take; the root's coloured top bar and the borders keep the rest. */
    private static final double ROOM_HEIGHT = HEIGHT - 8;
    private static final String ELLIPSIS = "…";
    /** The details line shrinks down to this size before it is cut. */
    private static final double MIN_DETAILS = 9;

    /** Width of a text in the renderer's font: bold or plain, at a size in pixels. */
    @FunctionalInterface
    public interface Measure {
        double width(String text, boolean bold, double size);
    }

    public enum Style { HOST, DOMAIN, DETAILS }

    public record Line(String text, Style style, double size, double x, double baseline) {
        public boolean bold() { return style == Style.HOST; }
    }

    /** The lines and, for a collapsed card, the "+N" (its right edge at {@code countRight}). */
    public record Layout(List<Line> lines, String count, double countRight, double countBaseline) { }

    private record Sizes(double host, double domain, double details) { }

    private static final Sizes[] STEPS = {
        new Sizes(13, 11, 10), new Sizes(12, 10.5, 10), new Sizes(11, 10, 9.5), new Sizes(10, 9, 9), new Sizes(9.5, 8.5, 8.5)};

    private CardText() { }

    /** Left edge of the badge in slot {@code slot}, counted from the right (the replica's R is slot 0). */
    public static double badgeX(int slot) { return BADGE_X - slot * (BADGE + BADGE_GAP); }

    public static Layout layout(CardFace face, Measure measure) {
        String count = face.hiddenText();
        double countWidth = count.isEmpty() ? 0 : measure.width(count, true, COUNT_SIZE) + 6;
        double room = WIDTH - 2 * PAD;
        double hostRoom = face.badges() > 0 ? badgeX(face.badges() - 1) - PAD - BADGE_GAP : room;
        List<Line> lines = null;
        for (int i = 0; i < STEPS.length && lines == null; i++) {
            lines = tryStep(face, measure, STEPS[i], room, hostRoom, countWidth, i == STEPS.length - 1);
        }
        double top = face.kind() == CardKind.ROOT ? 5 : 2;
        double used = 0;
        for (Line l : lines) used += l.size() * LEADING;
        double y = top + Math.max(0, (HEIGHT - top - used) / 2);
        List<Line> placed = new ArrayList<>(lines.size());
        for (Line l : lines) {
            double baseline = y + l.size() * ASCENT;
            placed.add(new Line(l.text(), l.style(), l.size(), PAD, baseline));
            y += l.size() * LEADING;
        }
        double countBaseline = placed.isEmpty() ? HEIGHT - PAD : placed.get(placed.size() - 1).baseline();
        return new Layout(placed, count, WIDTH - PAD, countBaseline);
    }

    /** The lines at these sizes, or null when they do not fit (unless {@code last}: then cut what must be cut). */
    private static List<Line> tryStep(CardFace face, Measure m, Sizes sizes, double room, double hostRoom,
                                      double countWidth, boolean last) {
        List<Line> lines = new ArrayList<>(5);
        List<String> host = wrap(face.host(), true, sizes.host(), hostRoom, "-_", m);
        if (host == null && !last) return null;
        for (String part : host == null ? cutToTwo(face.host(), true, sizes.host(), hostRoom, m) : host) {
            lines.add(new Line(part, Style.HOST, sizes.host(), 0, 0));
        }
        if (!face.domain().isEmpty()) {
            List<String> domain = wrap(face.domain(), false, sizes.domain(), room, ".-", m);
            if (domain == null && !last) return null;
            for (String part : domain == null ? cutToTwo(face.domain(), false, sizes.domain(), room, m) : domain) {
                lines.add(new Line(part, Style.DOMAIN, sizes.domain(), 0, 0));
            }
        }
        double detailsSize = sizes.details();
        while (detailsSize > MIN_DETAILS && m.width(face.details(), false, detailsSize) > room - countWidth) detailsSize -= 0.5;
        lines.add(new Line(detailsLine(face, detailsSize, room - countWidth, m), Style.DETAILS, detailsSize, 0, 0));
        double height = 0;
        for (Line l : lines) height += l.size() * LEADING;
        return height <= ROOM_HEIGHT || last ? lines : null;
    }

    /** The details line in {@code room}: a site too long for it is cut with "…", the tier and role after it are kept. */
    static String detailsLine(CardFace face, double size, double room, Measure m) {
        String details = face.details();
        if (m.width(details, false, size) <= room || face.site().isEmpty()) return ellipsize(details, false, size, room, m);
        String tail = CardFace.SEPARATOR + face.tierAndRole();
        double siteRoom = room - m.width(tail, false, size);
        if (siteRoom < m.width(face.site().substring(0, 1) + ELLIPSIS, false, size)) return ellipsize(details, false, size, room, m);
        return ellipsize(face.site(), false, size, siteRoom, m) + tail;
    }

    /**
     * {@code text} on one line, or on two broken after one of {@code breaks} (else anywhere) when
     * both halves fit; null when it needs more than two lines.
     */
    static List<String> wrap(String text, boolean bold, double size, double room, String breaks, Measure m) {
        if (m.width(text, bold, size) <= room) return List.of(text);
        int best = -1;
        for (int i = 1; i < text.length(); i++) {
            if (breaks.indexOf(text.charAt(i - 1)) < 0) continue;
            if (m.width(text.substring(0, i), bold, size) > room) break;
            best = i;
        }
        if (best < 0 || m.width(text.substring(best), bold, size) > room) best = longestFitting(text, bold, size, room, m);
        if (best <= 0 || best >= text.length()) return null;
        String rest = text.substring(best);
        return m.width(rest, bold, size) <= room ? List.of(text.substring(0, best), rest) : null;
    }

    /** Two lines, the second cut with "…": only for names longer than any card can hold. */
    private static List<String> cutToTwo(String text, boolean bold, double size, double room, Measure m) {
        int first = Math.max(1, longestFitting(text, bold, size, room, m));
        if (first >= text.length()) return List.of(text);
        return List.of(text.substring(0, first), ellipsize(text.substring(first), bold, size, room, m));
    }

    private static int longestFitting(String text, boolean bold, double size, double room, Measure m) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (m.width(text.substring(0, mid), bold, size) <= room) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /** {@code text}, cut with "…" if it does not fit {@code room}. */
    public static String ellipsize(String text, boolean bold, double size, double room, Measure m) {
        if (m.width(text, bold, size) <= room) return text;
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (m.width(text.substring(0, mid) + ELLIPSIS, bold, size) <= room) lo = mid; else hi = mid - 1;
        }
        return text.substring(0, lo) + ELLIPSIS;
    }
}
