package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.TokenColours;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;

/**
 * The findings of the presentation, one section per rule: the rule, its severity and how many
 * servers break it; what the findings say alike (why it matters, how to fix it) once; then the
 * servers in a compact table with what is particular to each, or only their names when nothing is.
 * No findings: one line over the server table instead of a page.
 */
final class PdfFindings {
    /** The line over the server table of a plan without findings. */
    static final String NONE = "Findings (0): the plan breaks no rule.";
    private static final Font TITLE = Fonts.of(Font.BOLD, 14);
    private static final Font RULE = Fonts.of(Font.BOLD, 10);
    private static final Font TEXT = Fonts.of(Font.PLAIN, 9);
    private static final Font CELL = Fonts.of(Font.PLAIN, 8);
    private static final double TEXT_LINE = 11.5;
    private static final double CELL_LINE = 10;
    private static final int NAME_COLUMNS = 4;
    private static final double NAME_SHARE = 0.28;

    private final PdfPages pages;
    private final TokenColours palette;
    private final String title;
    private Graphics2D g;
    private double y;

    private final LeafGroups groups;

    private PdfFindings(PdfPages pages, TokenColours palette, String title, LeafGroups groups) {
        this.pages = pages;
        this.palette = palette;
        this.title = title;
        this.groups = groups;
    }

    /** One section per rule; the findings on the members of one of {@code groups} take one row. */
    static void draw(PdfPages pages, TokenColours palette, Topology topology, List<Finding> findings, LeafGroups groups)
            throws IOException {
        if (findings.isEmpty()) return;
        Map<String, List<Finding>> byRule = byRule(topology, findings);
        PdfFindings out = new PdfFindings(pages, palette, "Findings (" + findings.size() + ") of " + byRule.size()
                + (byRule.size() == 1 ? " rule" : " rules"), groups);
        out.newPage(false);
        for (List<Finding> group : byRule.values()) out.rule(topology, group);
    }

    /** Grouped by rule, errors first, each group's findings in the plan's order of servers. */
    static Map<String, List<Finding>> byRule(Topology topology, List<Finding> findings) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < topology.size(); i++) order.put(topology.servers().get(i).id(), i);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(f -> order.getOrDefault(f.serverId(), Integer.MAX_VALUE)));
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : sorted) byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        return byRule;
    }

    /** Stands for a finding's own server in its message while messages are compared. */
    private static final String OWN = "\u0000";
    private static final String OWN_WORDS = "the server";

    /** {@code message} with its own server's name as {@link #OWN}, so the messages of one rule compare alike. */
    static String neutral(String message, String serverName) {
        return serverName.isEmpty() ? message : message.replace(serverName, OWN);
    }

    /**
     * What every (neutral) message of a group says alike: their common ending, from the start of
     * a clause (after ": " or ". "); the whole message for a group of one.
     */
    static String shared(List<String> messages) {
        if (messages.size() == 1) return messages.get(0);
        String first = messages.get(0);
        int common = first.length();
        for (String m : messages) {
            int n = 0;
            while (n < common && n < m.length() && m.charAt(m.length() - 1 - n) == first.charAt(first.length() - 1 - n)) n++;
            common = n;
        }
        String tail = first.substring(first.length() - common);
        for (String clause : List.of(": ", ". ")) {
            int at = tail.indexOf(clause);
            if (at >= 0) return tail.substring(at + clause.length()).strip();
        }
        return "";
    }

    /** The part of a (neutral) message particular to its server: without the shared part and the server's name in front. */
    static String particular(String message, String shared, String serverName) {
        String rest = shared.isEmpty() ? message : message.substring(0, message.length() - shared.length()).strip();
        rest = rest.replaceAll("[:.]$", "").strip();
        if (rest.startsWith(OWN + " ")) rest = rest.substring(OWN.length() + 1);
        return rest.replace(OWN, serverName);
    }

    private void rule(Topology topology, List<Finding> group) throws IOException {
        Finding first = group.get(0);
        List<String> names = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Finding f : group) {
            Server s = topology.server(f.serverId());
            names.add(s == null ? f.serverId() : s.label());
            messages.add(neutral(f.message(), names.get(names.size() - 1)));
        }
        String shared = shared(messages);
        g.setFont(TEXT);
        String said = group.size() == 1 ? first.message() : capitalised(shared.replace(OWN, OWN_WORDS));
        List<String> explanation = TextWrap.wrap(said, g, pages.contentWidth() - 12);
        if (y + 18 + explanation.size() * TEXT_LINE + CELL_LINE > pages.bottom()) newPage(true);
        y += 8;
        g.setPaint(palette.severity(first.severity()));
        g.fill(new Ellipse2D.Double(PdfPages.MARGIN, y - 7, 7, 7));
        g.setFont(RULE);
        g.setPaint(palette.text());
        Fonts.draw(g, first.ruleId() + "   " + first.severity().code() + "   " + group.size()
                + (group.size() == 1 ? " server" : " servers"), (float) (PdfPages.MARGIN + 12), (float) y);
        y += 4;
        g.setFont(TEXT);
        for (String line : explanation) {
            y += TEXT_LINE;
            Fonts.draw(g, line, (float) (PdfPages.MARGIN + 12), (float) y);
        }
        y += 4;
        List<String[]> rows = new ArrayList<>();
        boolean anyParticular = false;
        for (int i = 0; i < group.size(); i++) {
            String own = group.size() == 1 ? "" : particular(messages.get(i), shared, names.get(i));
            anyParticular |= !own.isEmpty();
            rows.add(new String[] {names.get(i), own});
        }
        rows = grouped(topology, group, rows);
        if (anyParticular) details(rows); else names(rows);
        y += 6;
    }

    /**
     * The rows with those of each leaf group's members in one, where its first member's was:
     * "98 of the 99 servers below wsus303", with what its findings say of each when they say the same.
     */
    private List<String[]> grouped(Topology topology, List<Finding> findings, List<String[]> rows) {
        List<String[]> out = new ArrayList<>();
        // a group's row goes where its first member's was; it is written once all its members are known
        Map<List<Server>, Integer> rowOf = new LinkedHashMap<>();
        Map<List<Server>, List<String[]>> membersOf = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Server s = topology.server(findings.get(i).serverId());
            List<Server> group = s == null ? null : groups.groupOf(s);
            if (group == null) {
                out.add(rows.get(i));
                continue;
            }
            if (!rowOf.containsKey(group)) {
                rowOf.put(group, out.size());
                out.add(null);
            }
            membersOf.computeIfAbsent(group, k -> new ArrayList<>()).add(rows.get(i));
        }
        rowOf.forEach((group, at) -> out.set(at, groupRow(topology, group, membersOf.get(group))));
        return out;
    }

    private static String[] groupRow(Topology topology, List<Server> group, List<String[]> members) {
        Server up = topology.upstreamOf(group.get(0));
        String own = members.get(0)[1];
        for (String[] m : members) if (!m[1].equals(own)) own = "differs from server to server (the Issues list and validate give each)";
        return new String[] {members.size() + " of the " + group.size() + " servers below " + (up == null ? "?" : up.label()), own};
    }

    /** Server names only, in columns. */
    private void names(List<String[]> rows) throws IOException {
        double width = (pages.contentWidth() - 12) / NAME_COLUMNS;
        g.setFont(CELL);
        for (int i = 0; i < rows.size(); i += NAME_COLUMNS) {
            if (y + CELL_LINE > pages.bottom()) newPage(true);
            y += CELL_LINE;
            g.setPaint(palette.text());
            for (int c = 0; c < NAME_COLUMNS && i + c < rows.size(); c++) {
                Fonts.draw(g, Fonts.fit(g, rows.get(i + c)[0], width - 6), (float) (PdfPages.MARGIN + 12 + c * width), (float) y);
            }
        }
    }

    /** A row a server: its name, then what its finding says of it alone. */
    private void details(List<String[]> rows) throws IOException {
        double nameWidth = (pages.contentWidth() - 12) * NAME_SHARE;
        double textWidth = pages.contentWidth() - 12 - nameWidth;
        for (String[] row : rows) {
            g.setFont(CELL);
            List<String> names = TextWrap.wrap(row[0], g, nameWidth - 6);
            List<String> lines = TextWrap.wrap(row[1], g, textWidth);
            int height = Math.max(names.size(), lines.size());
            if (y + height * CELL_LINE > pages.bottom()) {
                newPage(true);
                g.setFont(CELL);
            }
            for (int l = 0; l < height; l++) {
                y += CELL_LINE;
                g.setPaint(palette.text());
                if (l < names.size()) Fonts.draw(g, names.get(l), (float) (PdfPages.MARGIN + 12), (float) y);
                g.setPaint(palette.textMuted());
                if (l < lines.size()) Fonts.draw(g, lines.get(l), (float) (PdfPages.MARGIN + 12 + nameWidth), (float) y);
            }
            y += 2;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void newPage(boolean continued) throws IOException {
        g = pages.newPage();
        g.setFont(TITLE);
        g.setPaint(palette.text());
        Fonts.draw(g, Fonts.fit(g, continued ? title + " (continued)" : title, pages.contentWidth()),
                (float) PdfPages.MARGIN, (float) (PdfPages.MARGIN + 14));
        y = PdfPages.MARGIN + 26;
    }
}
