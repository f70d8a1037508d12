package net.wsustopology.export.graph;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import java.util.Locale;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.export.NodeStyle;
import net.wsustopology.export.TokenColours;

/** Writes the plan as a Graphviz digraph (rankdir TB), node styles by role and worst finding. */
public final class DotExporter {
    /** Not a valid server id (it has a space), so it cannot clash with one. */
    static final String MU_ID = "Microsoft Update";

    private DotExporter() { }

    public static void write(DiagramScene scene, TokenColours palette, String title, Path out) throws IOException {
        AtomicFile.write(out, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            write(scene, palette, title, w);
            w.flush();
        });
    }

    public static void write(DiagramScene scene, TokenColours palette, String title, Writer w) throws IOException {
        w.write("digraph " + quote(title) + " {\n");
        w.write("  rankdir=TB;\n");
        w.write("  label=" + quote(title) + "; labelloc=t; fontname=\"Helvetica\";\n");
        w.write("  node [shape=box, style=\"filled\", fontname=\"Helvetica\", fontsize=11];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=9, color=" + quote(hex(palette.edge())) + "];\n");
        w.write("  " + quote(MU_ID) + " [label=\"Microsoft Update\", style=\"rounded,filled\", fillcolor="
                + quote(hex(palette.microsoftUpdate())) + ", fontcolor=\"#ffffff\"];\n");
        for (Card n : scene.cards()) w.write("  " + quote(n.server().id()) + " [" + attributes(n, palette) + "];\n");
        for (Link e : scene.links()) {
            String from = e.upstream() == null ? MU_ID : e.upstream().server().id();
            StringBuilder a = new StringBuilder();
            if (!e.label().isEmpty()) a.append("label=").append(quote(e.label()));
            if (e.replica()) a.append(a.length() > 0 ? ", " : "").append("style=dashed");
            w.write("  " + quote(from) + " -> " + quote(e.downstream().server().id())
                    + (a.length() > 0 ? " [" + a + "]" : "") + ";\n");
        }
        w.write("}\n");
    }

    private static String attributes(Card n, TokenColours palette) {
        String label = n.face().caption();
        StringBuilder a = new StringBuilder("label=").append(quote(label));
        String style = switch (n.kind()) {
            case ROOT -> "filled";
            case AUTONOMOUS -> "rounded,filled";
            case REPLICA -> "dashed,filled";
        };
        Color fill = NodeStyle.baseFill(palette, n.kind());
        Color border = NodeStyle.border(palette, n.kind(), n.worst());
        a.append(", style=").append(quote(style));
        a.append(", fillcolor=").append(quote(hex(fill)));
        a.append(", color=").append(quote(hex(border)));
        a.append(", fontcolor=").append(quote(hex(palette.text())));
        a.append(", penwidth=").append(NodeStyle.thickBorder(n.kind(), n.worst()) ? 3 : 1);
        if (n.worst() != null) a.append(", tooltip=").append(quote("worst finding: " + n.worst().code()));
        return a.toString();
    }

    /**
     * A DOT double-quoted string: backslash and quote escaped, line breaks as \n, other controls
     * dropped, and {@code &} as {@code &amp;} (Graphviz reads entities in labels, so "&x;" would
     * otherwise reach its SVG as a broken entity).
     */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '&' -> sb.append("&amp;");
                default -> {
                    if (!Character.isISOControl(c)) sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
