package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 28: the SVG of a big plan draws the level of detail its size allows, so no text in it
 * reads smaller than {@link DetailLevel#MIN_TEXT} pixels, whether it fits 1600 x 900 or is as
 * big as the export allows.
 */
class SummaryExportTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern FONT_SIZE = Pattern.compile("font-size: *([0-9.]+)px");
    private static final Pattern MATRIX = Pattern.compile("matrix\\(([-0-9.eE]+),([-0-9.eE]+),");
    @TempDir Path dir;

    @Test
    void threeThousandServersFittedIn1600By900ShowEveryHubAndGroupReadably() throws Exception {
        Topology t = PlanGenerator.hubs(3, 10, 99, 1);
        Document doc = fitted(t, 1600, 900);
        assertTrue(smallestText(doc) >= DetailLevel.MIN_TEXT - 1e-9, "smallest text " + smallestText(doc) + " px");
        List<String> texts = texts(doc);
        for (Server s : t.servers()) {
            boolean hub = t.downstreamCount(s) > 0;
            assertEquals(hub, texts.contains(host(s)), host(s) + (hub ? " has no title" : " is drawn though it cannot be read"));
        }
        assertEquals(30, texts.stream().filter("99 servers"::equals).count(), "one group card per hub");
    }

    @Test
    void tenThousandServersFittedIn1600By900ReadAtLeastEightPixels() throws Exception {
        Document doc = fitted(PlanGenerator.hubs(10, 10, 99, 1), 1600, 900);
        assertTrue(smallestText(doc) >= DetailLevel.MIN_TEXT - 1e-9, "smallest text " + smallestText(doc) + " px");
        assertEquals(100, texts(doc).stream().filter("99 servers"::equals).count());
    }

    @Test
    void bigPlansAtTheDefaultSizeReadAtLeastEightPixels() throws Exception {
        for (int roots : new int[] {3, 10}) {
            Topology t = PlanGenerator.hubs(roots, 10, 99, 1);
            Path out = dir.resolve(roots + ".svg");
            Exporter.export(t, List.of(), out, ExportOptions.defaults());
            Document doc = XmlFiles.parse(out);
            assertTrue(smallestText(doc) >= DetailLevel.MIN_TEXT - 1e-9, roots + " roots: smallest text " + smallestText(doc) + " px");
            assertTrue(texts(doc).contains(host(t.servers().get(t.size() - 1))), "a card this size is drawn with its name");
        }
    }

    @Test
    void aPlanThatFitsIsDrawnInFullAtOnePixelPerUnit() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("sample.svg");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        Element svg = XmlFiles.parse(out).getDocumentElement();
        assertFalse(svg.hasAttribute("viewBox"), "no view box: one pixel per unit");
        assertTrue(texts(XmlFiles.parse(out)).contains("8531 SSL"), "link labels are drawn");
        assertFalse(texts(XmlFiles.parse(out)).stream().anyMatch(s -> s.endsWith(" servers")), "no group card");
    }

    /** The plan's SVG at the largest whole-percent scale that fits {@code width} x {@code height} pixels. */
    private Document fitted(Topology t, double width, double height) throws Exception {
        var layout = new TreeLayout().layout(t, TreeLayout.DEFAULT_ASPECT.value());
        double scale = Math.min(width / layout.width(), height / layout.height());
        Path out = dir.resolve("fitted.svg");
        for (int i = 0; i < 5; i++) {
            Exporter.export(t, List.of(), out, ExportOptions.defaults().withTitle(t.getName()).withScale(scale));
            Element svg = XmlFiles.parse(out).getDocumentElement();
            double shrink = Math.min(width / Double.parseDouble(svg.getAttribute("width")), height / Double.parseDouble(svg.getAttribute("height")));
            if (shrink >= 1) return XmlFiles.parse(out);
            scale *= shrink * 0.99;
        }
        throw new AssertionError("the picture never fitted " + width + " x " + height);
    }

    /** The smallest font size of any text, times the scale of every transform above it and of the view box. */
    static double smallestText(Document doc) {
        Element root = doc.getDocumentElement();
        double rootScale = 1;
        if (root.hasAttribute("viewBox")) {
            rootScale = Double.parseDouble(root.getAttribute("width")) / Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
        }
        double smallest = Double.MAX_VALUE;
        NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
        assertTrue(texts.getLength() > 0);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            Matcher m = FONT_SIZE.matcher(text.getAttribute("style"));
            assertTrue(m.find(), "a text without a size: " + text.getAttribute("style"));
            double size = Double.parseDouble(m.group(1)) * rootScale;
            for (Node n = text; n instanceof Element e; n = n.getParentNode()) size *= scaleOf(e.getAttribute("transform"));
            smallest = Math.min(smallest, size);
        }
        return smallest;
    }

    private static double scaleOf(String transform) {
        if (transform.isEmpty()) return 1;
        Matcher m = MATRIX.matcher(transform);
        assertTrue(m.find(), "a transform other than a matrix: " + transform);
        double a = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(2));
        return Math.hypot(a, b);
    }

    private static List<String> texts(Document doc) {
        List<String> all = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) all.add(texts.item(i).getTextContent());
        return all;
    }

    private static String host(Server s) {
        String name = s.getName();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
