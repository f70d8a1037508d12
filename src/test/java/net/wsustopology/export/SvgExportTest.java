package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    @TempDir Path dir;

    @Test
    void aSiteInAFallbackFontKeepsTheSpaceBeforeTheTier() throws Exception {
        Topology t = new Topology();
        Plans.root(t, "tokyo").setSite("東京");
        Path out = dir.resolve("cjk.svg");
        Exporter.export(t, null, out, ExportOptions.defaults());
        NodeList texts = XmlFiles.parse(out).getElementsByTagNameNS(SVG, "text");
        boolean sawTier = false;
        for (int i = 0; i < texts.getLength(); i++) {
            String text = texts.item(i).getTextContent();
            assertEquals(text.strip(), text, "an SVG viewer would drop the spaces of '" + text + "'");
            sawTier |= text.equals("· Tier 1 · root");
        }
        assertTrue(sawTier, "the tier and role follow the site in a text of their own");
    }

    @Test
    void everyServerNameIsTextAndEveryServerHasAGroup() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("plan.svg");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        Document doc = XmlFiles.parse(out);
        Set<String> texts = texts(doc, "text");
        Set<String> titles = texts(doc, "title");
        for (Server s : t.servers()) {
            assertTrue(titles.contains(s.getName()), s.getName() + " has no title");
            String name = s.getName();
            int dot = name.indexOf('.');
            boolean split = texts.contains(name.substring(0, dot)) && texts.contains(name.substring(dot + 1));
            assertTrue(split, name + " is not shown in full, host over domain");
            assertNotNull(groupWithId(doc, "server-" + s.id()), s.id());
        }
        assertTrue(texts.contains("Microsoft Update"));
        assertTrue(texts.stream().anyMatch(x -> x.endsWith("Tier 1 · root")), "a root says so");
        assertTrue(texts.contains("R"), "replica badge");
        assertTrue(texts.contains("8531 SSL"), "SSL link label");
        assertTrue(texts.stream().anyMatch(x -> x.contains("Tier 3 · ")), "tier label");
        assertTrue(texts.contains("Legend"));
        assertTrue(Files.readString(out).contains("stroke-dasharray"), "replicas are dashed");
    }

    @Test
    void shortNamesAreShownWhole() throws Exception {
        Topology t = new Topology();
        Plans.root(t, "a").setName("wsus-a");
        Plans.downstream(t, "b", "a").setName("wsus-b.contoso.com");
        Path out = dir.resolve("small.svg");
        Exporter.export(t, null, out, ExportOptions.defaults().withLegend(false));
        Set<String> texts = texts(XmlFiles.parse(out), "text");
        assertTrue(texts.contains("wsus-a"));
        assertTrue(texts.contains("wsus-b") && texts.contains("contoso.com"), "host over domain");
        assertTrue(texts.contains("8530"), "port of a plain link");
    }

    @Test
    void anExplicitTitleIsShownAboveTheDiagram() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("titled.svg");
        Exporter.export(t, null, out, ExportOptions.defaults().withTitle("Rollout wave 1"));
        assertTrue(texts(XmlFiles.parse(out), "text").contains("Rollout wave 1"));
    }

    @Test
    void aMissingUpstreamIsNamedAboveItsServer() throws Exception {
        Topology t = new Topology();
        Plans.downstream(t, "lost", "old-hub");
        Path out = dir.resolve("lost.svg");
        Exporter.export(t, null, out, ExportOptions.defaults());
        assertTrue(texts(XmlFiles.parse(out), "text").contains("? old-hub (not in plan)"));
    }

    @Test
    void markupInNamesIsEscaped() throws Exception {
        Topology t = new Topology();
        Plans.root(t, "a").setName("<script>alert('x')</script> & \"co\"");
        Path out = dir.resolve("hostile.svg");
        Exporter.export(t, null, out, ExportOptions.defaults());
        Document doc = XmlFiles.parse(out);
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength());
        assertTrue(texts(doc, "title").contains("<script>alert('x')</script> & \"co\""));
    }

    @Test
    void darkThemeUsesTheDarkCanvas() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path light = dir.resolve("light.svg");
        Path dark = dir.resolve("dark.svg");
        Exporter.export(t, null, light, ExportOptions.defaults());
        Exporter.export(t, null, dark, ExportOptions.defaults().withTheme(Theme.DARK));
        assertTrue(Files.readString(light).contains("rgb(250,251,252)"));
        assertTrue(Files.readString(dark).contains("rgb(24,27,31)"));
    }

    static Set<String> texts(Document doc, String tag) {
        Set<String> result = new HashSet<>();
        NodeList list = doc.getElementsByTagNameNS(SVG, tag);
        for (int i = 0; i < list.getLength(); i++) result.add(list.item(i).getTextContent());
        return result;
    }

    private static Element groupWithId(Document doc, String id) {
        NodeList list = doc.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }
}
