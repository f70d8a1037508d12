package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class CardTextTest {
    /** Every character as wide as 0.6 of the size (0.68 bold): about what a sans-serif font gives. */
    static final CardText.Measure MONO = (text, bold, size) -> text.length() * size * (bold ? 0.68 : 0.6);

    private static CardFace face(String host, String domain, CardKind kind, int hidden) {
        return new CardFace(kind, host, domain, "Seattle", "Tier 2 · " + kind.word(), null, hidden, hidden > 0 ? Severity.ERROR : null);
    }

    private static String texts(CardText.Layout layout, CardText.Style style) {
        return layout.lines().stream().filter(l -> l.style() == style).map(CardText.Line::text).collect(Collectors.joining());
    }

    @Test
    void aShortNameKeepsTheLargestSizesOnThreeLines() {
        CardText.Layout layout = CardText.layout(face("wsus-hq01", "corp.contoso.com", CardKind.ROOT, 0), MONO);
        assertEquals(List.of(CardText.Style.HOST, CardText.Style.DOMAIN, CardText.Style.DETAILS),
                layout.lines().stream().map(CardText.Line::style).toList());
        assertEquals(13, layout.lines().get(0).size());
        assertTrue(layout.lines().get(0).bold());
        assertEquals("", layout.count());
    }

    @Test
    void namesOfFortyCharactersAreNeverCutAndStayInsideTheCard() {
        String[][] names = {
            {"wsus-hq01", "emea-branches.corp.contoso.com"},
            {"wsus-branch-office-0042", "emea.contoso.com"},
            {"wsus-very-long-single-label-server-name1", ""},
            {"w", "a-rather-long-subdomain.emea.contoso.c"},
        };
        for (CardKind kind : CardKind.values()) {
            for (String[] n : names) {
                CardFace f = face(n[0], n[1], kind, 12);
                assertTrue(f.fullName().length() <= 40, f.fullName());
                CardText.Layout layout = CardText.layout(f, MONO);
                assertEquals(n[0], texts(layout, CardText.Style.HOST), "host of " + f.fullName());
                assertEquals(n[1], texts(layout, CardText.Style.DOMAIN), "domain of " + f.fullName());
                assertInside(layout, f);
            }
        }
    }

    @Test
    void aLongSiteIsCutWithAnEllipsisBesideTheCollapsedCount() {
        CardFace f = new CardFace(CardKind.AUTONOMOUS, "a", "b.com",
                "A site whose name goes on and on and on", "Tier 3 · autonomous", null, 25, null);
        CardText.Layout layout = CardText.layout(f, MONO);
        String details = texts(layout, CardText.Style.DETAILS);
        assertTrue(details.startsWith("A") && details.endsWith("… · Tier 3 · autonomous"), details);
        assertEquals("+25", layout.count());
        assertInside(layout, f);
    }

    @Test
    void theSiteIsCutNotTheTierAndRole() {
        for (String site : List.of("Москва, главный офис", "North branch 3", "東京 本社 データセンター")) {
            CardFace f = new CardFace(CardKind.ROOT, "wsus-hq01", "corp.contoso.com", site, "Tier 1 · autonomous", null, 0, null);
            String details = texts(CardText.layout(f, MONO), CardText.Style.DETAILS);
            assertTrue(details.endsWith(" · Tier 1 · autonomous"), details);
            assertTrue(details.startsWith(site.substring(0, 3)) && details.contains("…"), details);
        }
        CardFace shortSite = new CardFace(CardKind.ROOT, "wsus-hq01", "", "Oslo", "Tier 1 · root", null, 0, null);
        assertEquals("Oslo · Tier 1 · root", texts(CardText.layout(shortSite, MONO), CardText.Style.DETAILS));
    }

    @Test
    void wrapsAfterADotWhenADomainIsTooLongForOneLine() {
        List<String> parts = CardText.wrap("branch.emea.corp.contoso.com", false, 10, 100, ".-", MONO);
        assertEquals(List.of("branch.emea.", "corp.contoso.com"), parts);
        assertEquals(List.of("short"), CardText.wrap("short", false, 10, 100, ".-", MONO));
        assertEquals(null, CardText.wrap("x".repeat(50), false, 10, 100, ".-", MONO), "needs three lines");
    }

    /** Every line and the count lie inside the card, clear of the R badge, and do not overlap each other. */
    static void assertInside(CardText.Layout layout, CardFace f) {
        double previousBottom = 0;
        for (CardText.Line l : layout.lines()) {
            double right = l.x() + MONO.width(l.text(), l.bold(), l.size());
            double limit = l.style() == CardText.Style.HOST && f.replicaBadge() ? CardText.BADGE_X : CardText.WIDTH - CardText.PAD;
            assertTrue(l.x() >= CardText.PAD - 0.01 && right <= limit + 0.01, l + " in " + f.fullName());
            double top = l.baseline() - l.size();
            assertTrue(top >= previousBottom - 0.5, "lines overlap in " + f.fullName());
            assertTrue(l.baseline() + l.size() * 0.25 <= CardText.HEIGHT, l + " below the card");
            previousBottom = l.baseline();
            if (l.style() != CardText.Style.DETAILS) assertFalse(l.text().endsWith("…"), l.toString());
        }
    }
}
