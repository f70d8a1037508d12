package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The level of detail of the picture at a zoom factor, decided here once for the canvas, the
 * overview and the exports. Every text drawn is at least {@link #MIN_TEXT} pixels on screen or
 * not drawn. While a card's host line would be smaller ({@link #isSummary}), the leaf
 * downstreams of an upstream fold into one group card drawn in the block the layout keeps for
 * them, and each server with downstreams is named by a title: a label of screen size, like a
 * map's place names, in its own band ({@link Groups#band}); a folded group's title may also
 * take the top of the group's block. Everything is placed inside room that belongs to the server
 * or group, so nothing overlaps and no card moves when a group opens or folds.
 */
public final class DetailLevel {
    /** The smallest text drawn, in screen pixels. */
    public static final double MIN_TEXT = 8;
    /** A card's host line at 100 % (the first size {@link CardText} tries). */
    static final double HOST_SIZE = 13;
    /** The zoom from which a card's host line reads at {@link #MIN_TEXT}; below it the summary level shows. */
    public static final double CARDS_READABLE = MIN_TEXT / HOST_SIZE;
    /** Largest screen size of a title's or a group's first line. */
    static final double TITLE_TEXT = 12;
    static final double GROUP_TEXT = 11;
    /** Screen pixels around the text of a title or group card. */
    static final double PAD = 3;
    /** Screen pixels left and right of the text: more than the border takes. */
    static final double PAD_X = 6;
    /** The most of a folded group's block its upstream's title may take. */
    static final double TITLE_SHARE_OF_BLOCK = 0.35;
    private static final double LEADING = 1.25;
    private static final double ASCENT = 0.92;
    private static final double STEP = 0.5;

    /** A group opened or folded by hand, whatever the zoom; or left to the zoom. */
    public enum Hand { ZOOM, OPENED, FOLDED }

    /** One line of a label, in diagram units: size, left edge and baseline. */
    public record Text(String text, boolean bold, double size, double x, double baseline) { }

    /** What a title or group card draws: its box and its lines (none when even one would not read). */
    public record Label(Box box, List<Text> lines) { }

    private DetailLevel() { }

    /** True while cards read too small at {@code zoom}: groups fold and titles name the servers with downstreams. */
    public static boolean isSummary(double zoom) { return zoom < CARDS_READABLE - 1e-9; }

    /** True when a text of {@code size} diagram units reads at {@code zoom}. */
    public static boolean readable(double size, double zoom) { return size * zoom >= MIN_TEXT - 1e-9; }

    /** Which texts of cards, links and Microsoft Update a picture draws at a zoom. */
    public enum TextRule {
        /** A picture for an audience (presentation mode, the exports): no text that reads below {@link #MIN_TEXT}. */
        READABLE,
        /**
         * The editor: from {@link #CARDS_READABLE}, where a card's host line reads, cards are drawn
         * whole (every line, badge and link label, as a plan at 65 % showed them before the
         * summary level); below it, as {@link #READABLE}.
         */
        WHOLE_CARDS;

        public boolean drawn(double size, double zoom) { return this == WHOLE_CARDS && !isSummary(zoom) || readable(size, zoom); }
    }

    /** Whether a group is drawn as one card. */
    public static boolean folded(Hand hand, double zoom) {
        return hand == Hand.FOLDED || hand == Hand.ZOOM && isSummary(zoom);
    }

    /**
     * The title of a server with downstreams at {@code zoom}: its host name (and its details line
     * when there is room) at a readable screen size, centred over its card within its band;
     * {@code foldedBlock} is the block of its folded group (null when none or open), whose top
     * part the title may take.
     */
    public static Label title(CardFace face, double cardX, Box band, Box foldedBlock, double zoom, CardText.Measure m) {
        double room = band.width() * zoom - 2 * PAD_X;
        double height = band.height() * zoom;
        boolean extend = foldedBlock != null;
        if (extend) {
            room = Math.min(room, foldedBlock.width() * zoom - 2 * PAD_X);
            height += Math.max(0, foldedBlock.y0() - band.y1()) * zoom + foldedBlock.height() * zoom * TITLE_SHARE_OF_BLOCK;
        }
        List<String> texts = new ArrayList<>(2);
        double size = TITLE_TEXT;
        while (size > MIN_TEXT && (m.width(face.host(), true, size) > room || needed(1, size) > height)) size -= STEP;
        String host = CardText.ellipsize(face.host(), true, size, room, m);
        if (needed(1, size) <= height && host.length() > 1) {
            texts.add(host);
            double detailsSize = Math.max(MIN_TEXT, size - 2);
            String details = CardText.detailsLine(face, detailsSize, room, m);
            if (needed(1, size) + detailsSize * LEADING <= height && m.width(details, false, detailsSize) <= room) texts.add(details);
        }
        double widest = 0;
        for (int i = 0; i < texts.size(); i++) widest = Math.max(widest, m.width(texts.get(i), i == 0, i == 0 ? size : Math.max(MIN_TEXT, size - 2)));
        double w = Math.min(room + 2 * PAD_X, Math.max(widest + 2 * PAD_X, CardText.WIDTH * zoom)) / zoom;
        double h = Math.min(height, Math.max(needed(Math.max(1, texts.size()), size), CardText.HEIGHT * zoom)) / zoom;
        double left0 = extend ? Math.max(band.x0(), foldedBlock.x0()) : band.x0();
        double right0 = extend ? Math.min(band.x1(), foldedBlock.x1()) : band.x1();
        double x0 = Math.max(left0, Math.min(cardX - w / 2, right0 - w));
        Box box = new Box(x0, band.y0(), x0 + w, band.y0() + h);
        return new Label(box, lines(texts, size, Math.max(MIN_TEXT, size - 2), box, zoom));
    }

    /**
     * The card of a folded group at {@code zoom}: its block below its upstream's title (null when
     * the upstream has none), with as many of the face's lines as read and fit.
     */
    public static Label group(GroupFace face, Box block, Label title, double zoom, CardText.Measure m) {
        double top = title == null ? block.y0() : Math.max(block.y0(), title.box().y1() + PAD / zoom);
        Box box = new Box(block.x0(), top, block.x1(), block.y1());
        double room = box.width() * zoom - 2 * PAD_X;
        double height = box.height() * zoom;
        double size = GROUP_TEXT;
        while (size > MIN_TEXT && m.width(face.title(), true, size) > room) size -= STEP;
        List<String> texts = new ArrayList<>();
        if (m.width(face.title(), true, size) <= room && needed(1, size) <= height) {
            texts.add(face.title());
            double detailsSize = Math.max(MIN_TEXT, size - 1);
            for (String line : face.details()) {
                if (needed(1, size) + texts.size() * detailsSize * LEADING > height) break;
                String shown = CardText.ellipsize(line, false, detailsSize, room, m);
                if (shown.length() > 1) texts.add(shown);
            }
        }
        return new Label(box, lines(texts, size, Math.max(MIN_TEXT, size - 1), box, zoom));
    }

    /** Screen height of a label with {@code n} lines whose first is {@code size} pixels. */
    private static double needed(int n, double size) { return 2 * PAD + n * size * LEADING; }

    private static List<Text> lines(List<String> texts, double first, double rest, Box box, double zoom) {
        List<Text> lines = new ArrayList<>(texts.size());
        double y = box.y0() + PAD / zoom;
        for (int i = 0; i < texts.size(); i++) {
            double size = (i == 0 ? first : rest) / zoom;
            lines.add(new Text(texts.get(i), i == 0, size, box.x0() + PAD_X / zoom, y + size * ASCENT));
            y += size * LEADING;
        }
        return lines;
    }
}
