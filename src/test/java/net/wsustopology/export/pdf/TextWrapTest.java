package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import net.wsustopology.export.Fonts;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void aWordWiderThanALineIsCutIntoFullLinesAndNothingIsLost() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(Fonts.of(Font.PLAIN, 9));
        String word = "wsus-" + "abcdefghij".repeat(300) + ".corp.example.com";
        List<String> lines = TextWrap.wrap("host " + word + " end", g, 120);
        assertEquals("host", lines.get(0));
        String joined = String.join("", lines.subList(1, lines.size()));
        assertTrue(joined.equals(word + "end") || joined.equals(word + " end"), "nothing is lost or added");
        for (String line : lines) assertTrue(Fonts.width(g, line) <= 120, line);
        for (String line : lines.subList(1, lines.size() - 2)) {
            assertTrue(Fonts.width(g, line + "x") > 120 - 8, "each cut line is full: " + line);
        }
        g.dispose();
    }
}
