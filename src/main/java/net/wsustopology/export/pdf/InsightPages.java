package net.wsustopology.export.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.TokenColours;
import net.wsustopology.insight.Capacity;
import net.wsustopology.insight.CellState;
import net.wsustopology.insight.DelayAxis;
import net.wsustopology.insight.FanOut;
import net.wsustopology.insight.LanguageCoverage;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.insight.TierCount;
import net.wsustopology.insight.TreeRow;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * The insight pages of the presentation PDF, one each as in presentation mode: language coverage
 * (a table of what each server selects, inherits and misses), sync propagation (the slowest
 * servers' worst-case delays as bars on an axis that starts at the fastest) and capacity
 * (servers and clients per tier, the busiest upstreams against the fan-out limit).
 */
final class InsightPages {
    private static final Font TITLE = Fonts.of(Font.BOLD, 14);
    private static final Font TEXT = Fonts.of(Font.PLAIN, 9);
    private static final Font MUTED = Fonts.of(Font.ITALIC, 9);
    private static final double ROW = 13;
    private static final double NAME_WIDTH = 250;
    private static final double VALUE_WIDTH = 150;
    static final int DEEPEST_INDENT = 8;

    private final PdfPages pages;
    private final TokenColours palette;

    InsightPages(PdfPages pages, TokenColours palette) {
        this.pages = pages;
        this.palette = palette;
    }

    void draw(Topology plan, int syncDurationMinutes, LeafGroups groups) throws IOException {
        languages(plan, groups).draw(pages, palette);
        sync(SyncPropagation.of(plan, syncDurationMinutes));
        capacity(Capacity.of(plan));
    }

    static TextTable languages(Topology plan) { return languages(plan, LeafGroups.none()); }

    /** The table with a row per server, or per group of {@code groups} (the summary level). */
    static TextTable languages(Topology plan, LeafGroups groups) {
        LanguageCoverage coverage = LanguageCoverage.of(plan);
        List<List<String>> rows = new ArrayList<>();
        for (TreeRow row : coverage.rows()) {
            Server s = row.server();
            List<Server> group = groups.groupOf(s);
            if (group != null && !groups.startsGroup(s)) continue;
            List<Server> members = group == null ? List.of(s) : group;
            String indent = indent(row.depth());
            rows.add(List.of(indent + (group == null ? s.label() : LeafGroups.name(plan, group).replace("\n", "\n" + indent)),
                    LeafGroups.tally(members, m -> codes(coverage, m, CellState.SELECTED, CellState.MISSING_ON_UPSTREAM,
                            CellState.UNUSED_BY_DOWNSTREAMS)),
                    LeafGroups.tally(members, m -> codes(coverage, m, CellState.INHERITED)),
                    LeafGroups.tally(members, m -> codes(coverage, m, CellState.MISSING_ON_UPSTREAM)),
                    LeafGroups.tally(members, m -> codes(coverage, m, CellState.UNUSED_BY_DOWNSTREAMS))));
        }
        return new TextTable("Language coverage (" + coverage.codesInUse().size() + " languages in use)",
                List.of("Server", "Selects", "Inherits (replica)", "Missing on upstream (LNG-01)", "Unused by its downstreams"),
                new double[] {30, 22, 16, 16, 16}, rows);
    }

    /**
     * A row's indent by its depth in the tree: no-break spaces, which wrapping keeps (it drops
     * plain leading spaces), up to {@link #DEEPEST_INDENT} levels; deeper rows say their depth
     * instead of indenting further (a chain thousands deep would otherwise indent by megabytes).
     */
    static String indent(int depth) {
        String indent = "\u00a0\u00a0\u00a0".repeat(Math.min(depth, DEEPEST_INDENT));
        return depth <= DEEPEST_INDENT ? indent : indent + "(level " + (depth + 1) + ")\u00a0";
    }

    private static String codes(LanguageCoverage coverage, Server s, CellState... states) {
        List<String> codes = new ArrayList<>();
        for (String code : coverage.codesInUse()) if (List.of(states).contains(coverage.state(s, code))) codes.add(code);
        return String.join(", ", codes);
    }

    private void sync(SyncPropagation propagation) throws IOException {
        DelayAxis axis = DelayAxis.of(propagation);
        Graphics2D g = pages.newPage();
        double y = title(g, "Sync propagation: worst-case delay from Microsoft Update (one sync assumed to take "
                + propagation.durationMinutes() + " min)");
        y = muted(g, axis.caption(), y);
        List<Server> order = propagation.slowestFirst();
        int fit = (int) ((pages.bottom() - y) / ROW) - 1;
        for (Server s : order.subList(0, Math.min(fit, order.size()))) {
            Double position = axis.position(propagation.delay(s));
            row(g, s.label(), propagation.delay(s).describe(), position, palette.accent(), y);
            y += ROW;
        }
        if (order.size() > fit) muted(g, "and " + (order.size() - fit) + " faster servers (see the Sync propagation tab)", y);
    }

    private void capacity(Capacity capacity) throws IOException {
        Graphics2D g = pages.newPage();
        double y = title(g, "Capacity: servers and clients per tier");
        long most = 1;
        for (TierCount t : capacity.byTier().values()) most = Math.max(most, t.clients());
        // a chain thousands deep has a tier per server: the tiers get half the page, the fan-out the rest
        int tierRows = Math.max(1, (int) ((pages.bottom() - y) / ROW / 2) - 1);
        int tiers = capacity.byTier().size();
        for (Map.Entry<Integer, TierCount> e : capacity.byTier().entrySet()) {
            if (tierRows-- == 0) {
                muted(g, "and " + (tiers - e.getKey() + 1) + " deeper tiers", y);
                y += ROW;
                break;
            }
            TierCount t = e.getValue();
            row(g, "Tier " + e.getKey() + ": " + t.servers() + (t.servers() == 1 ? " server" : " servers"),
                    String.format("%,d clients", t.clients()), (double) t.clients() / most, palette.accent(), y);
            y += ROW;
        }
        y += ROW;
        y = title(g, "Fan-out: downstream servers against the limit", y);
        List<FanOut> fanOuts = capacity.fanOuts();
        int fit = Math.max(0, (int) ((pages.bottom() - y) / ROW) - 1);
        for (FanOut f : fanOuts.subList(0, Math.min(fit, fanOuts.size()))) {
            Color colour = switch (f.level()) {
                case OK -> palette.ok();
                case NEAR_LIMIT -> palette.severity(Severity.WARNING);
                case OVER_LIMIT -> palette.severity(Severity.ERROR);
            };
            row(g, f.upstream().label(), f.downstreams() + " of " + f.limit(), Math.min(1, f.ratio()), colour, y);
            y += ROW;
        }
        if (fanOuts.size() > fit) muted(g, "and " + (fanOuts.size() - fit) + " upstreams with fewer downstreams", y);
    }

    private double title(Graphics2D g, String text) { return title(g, text, PdfPages.MARGIN); }

    private double title(Graphics2D g, String text, double y) {
        g.setFont(TITLE);
        g.setPaint(palette.text());
        Fonts.draw(g, Fonts.fit(g, text, pages.contentWidth()), (float) PdfPages.MARGIN, (float) (y + 14));
        return y + 26;
    }

    private double muted(Graphics2D g, String text, double y) {
        if (text.isEmpty()) return y;
        g.setFont(MUTED);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, Fonts.fit(g, text, pages.contentWidth()), (float) PdfPages.MARGIN, (float) (y + 9));
        return y + ROW + 4;
    }

    /** A name, its value and a bar of {@code fraction} (none when null) of the room left. */
    private void row(Graphics2D g, String name, String value, Double fraction, Color colour, double y) {
        g.setFont(TEXT);
        g.setPaint(palette.text());
        Fonts.draw(g, Fonts.fit(g, name, NAME_WIDTH - 8), (float) PdfPages.MARGIN, (float) (y + 9));
        Fonts.draw(g, Fonts.fit(g, value, VALUE_WIDTH - 8), (float) (PdfPages.MARGIN + NAME_WIDTH), (float) (y + 9));
        double x = PdfPages.MARGIN + NAME_WIDTH + VALUE_WIDTH;
        double room = pages.contentWidth() - NAME_WIDTH - VALUE_WIDTH;
        g.setPaint(palette.surfaceAlt());
        g.fill(new Rectangle2D.Double(x, y + 2, room, ROW - 4));
        if (fraction == null) return;
        g.setPaint(colour);
        g.fill(new Rectangle2D.Double(x, y + 2, Math.max(1, room * fraction), ROW - 4));
    }
}
