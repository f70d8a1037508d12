package net.wsustopology.export.pdf;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.export.Fonts;

/** Greedy word wrapping in the current font of the graphics; words wider than a line are cut. */
final class TextWrap {
    private TextWrap() { }

    static List<String> wrap(String text, Graphics2D g, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : Fonts.printable(paragraph).split(" +")) {
                if (word.isEmpty()) continue;
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (Fonts.width(g, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (Fonts.width(g, rest) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && Fonts.width(g, rest.substring(0, cut)) > width) cut--;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** At most {@code max} of {@code lines}, the last ending in "..." when some are left out. */
    static List<String> lines(List<String> lines, int max, Graphics2D g, double width) {
        if (lines.size() <= max) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        kept.set(max - 1, Fonts.fit(g, kept.get(max - 1) + " " + lines.get(max) + " ...", width));
        return kept;
    }
}
