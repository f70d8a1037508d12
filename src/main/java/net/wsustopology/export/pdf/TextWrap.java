package net.wsustopology.export.pdf;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.export.Fonts;

/** Greedy word wrapping in the current font of the graphics; words wider than a line are cut. */
final class TextWrap {
    private TextWrap() { }

    static List<String> wrap(String text, Graphics2D g, double width) {
        List<String> lines = new ArrayList<>();
        Map<Integer, Double> advances = new HashMap<>();
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
                line.append(cut(word, g, width, lines, advances));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Cuts a word wider than a line into lines, adding all but the last piece to {@code lines};
     * returns the last. Each character is measured once (in linear time: a 100,000-character
     * name used to be measured again for every shorter prefix).
     */
    private static String cut(String word, Graphics2D g, double width, List<String> lines, Map<Integer, Double> advances) {
        StringBuilder piece = new StringBuilder();
        double used = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            double advance = advances.computeIfAbsent(cp, c -> Fonts.width(g, new String(Character.toChars(c))));
            if (piece.length() > 0 && used + advance > width) {
                lines.add(piece.toString());
                piece.setLength(0);
                used = 0;
            }
            piece.appendCodePoint(cp);
            used += advance;
        }
        return piece.toString();
    }

    /** At most {@code max} of {@code lines}, the last ending in "..." when some are left out. */
    static List<String> lines(List<String> lines, int max, Graphics2D g, double width) {
        if (lines.size() <= max) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        kept.set(max - 1, Fonts.fit(g, kept.get(max - 1) + " " + lines.get(max) + " ...", width));
        return kept;
    }
}
