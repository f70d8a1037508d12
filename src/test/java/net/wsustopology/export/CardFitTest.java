package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.stream.Collectors;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.HostName;
import org.junit.jupiter.api.Test;

/** Names of up to 40 characters fit the exported cards whole, measured in the fonts the exports draw with. */
class CardFitTest {
    private static final String[] NAMES = {
        "wsus-hq01.emea-branches.corp.contoso.com",
        "wsus-branch-office-0042.emea.contoso.com",
        "WSUS-VERY-LONG-SINGLE-LABEL-SERVER-NAME1",
        "WWWWWWWWWWWWWWW.MMMMMMMMMMMMMMMMMMMM.COM",
        "wsus-hq01.corp.contoso.com",
    };

    @Test
    void everyNameUpToFortyCharactersIsDrawnWhole() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        DiagramRenderer.enableQuality(g);
        CardText.Measure measure = NodePainter.measure(g);
        for (String name : NAMES) {
            assertTrue(name.length() <= 40, name);
            for (CardKind kind : CardKind.values()) {
                HostName h = HostName.of(name);
                CardFace face = new CardFace(kind, h.host(), h.domain(), "Seattle", "Tier 2 · " + kind.word(), null, 37, null);
                CardText.Layout layout = CardText.layout(face, measure);
                String host = layout.lines().stream().filter(l -> l.style() == CardText.Style.HOST)
                        .map(CardText.Line::text).collect(Collectors.joining());
                String domain = layout.lines().stream().filter(l -> l.style() == CardText.Style.DOMAIN)
                        .map(CardText.Line::text).collect(Collectors.joining());
                assertEquals(name, domain.isEmpty() ? host : host + "." + domain, kind + " card");
                for (CardText.Line l : layout.lines()) {
                    double right = l.x() + measure.width(l.text(), l.bold(), l.size());
                    double limit = l.bold() && face.replicaBadge() ? CardText.BADGE_X : CardText.WIDTH - CardText.PAD;
                    assertTrue(right <= limit + 0.01, l + " ends at " + right + " past " + limit);
                    assertTrue(l.size() >= 8.5, l + " is too small to read");
                    assertTrue(l.baseline() < CardText.HEIGHT - 3, l + " sits below the card");
                }
            }
        }
        g.dispose();
    }
}
