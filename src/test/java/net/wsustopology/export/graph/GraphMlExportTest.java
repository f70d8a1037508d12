package net.wsustopology.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.export.XmlFiles;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlExportTest {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    @TempDir Path dir;

    @Test
    void yedShapeNodesWithGeometryLabelsAndPortEdges() throws Exception {
        Topology t = SamplePlans.enterprise();
        LayoutResult layout = new TreeLayout().layout(t);
        Path out = dir.resolve("plan.graphml");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        Document doc = XmlFiles.parse(out);
        Map<String, Element> nodes = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < list.getLength(); i++) nodes.put(((Element) list.item(i)).getAttribute("id"), (Element) list.item(i));
        assertEquals(t.size() + 1, nodes.size(), "servers plus Microsoft Update");
        for (Server s : t.servers()) {
            Element node = nodes.get(s.id());
            Element geometry = (Element) node.getElementsByTagNameNS(Y, "Geometry").item(0);
            Position p = layout.positions().get(s.id());
            assertEquals(p.x() - TreeLayout.NODE_WIDTH / 2, Double.parseDouble(geometry.getAttribute("x")), 0.01);
            assertEquals(p.y() - TreeLayout.NODE_HEIGHT / 2, Double.parseDouble(geometry.getAttribute("y")), 0.01);
            assertEquals(TreeLayout.NODE_WIDTH, Double.parseDouble(geometry.getAttribute("width")));
            String label = node.getElementsByTagNameNS(Y, "NodeLabel").item(0).getTextContent();
            assertTrue(label.startsWith(s.getName()), label);
        }
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML, "edge");
        assertEquals(t.size(), edges.getLength());
        boolean sslLabel = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(nodes.containsKey(e.getAttribute("source")) && nodes.containsKey(e.getAttribute("target")));
            NodeList labels = e.getElementsByTagNameNS(Y, "EdgeLabel");
            if (labels.getLength() > 0 && labels.item(0).getTextContent().equals("8531 SSL")) sslLabel = true;
        }
        assertTrue(sslLabel);
        Element replica = nodes.get("ber-br1");
        assertEquals("dashed", ((Element) replica.getElementsByTagNameNS(Y, "BorderStyle").item(0)).getAttribute("type"));
    }

    @Test
    void controlCharactersAndMarkupStayWellFormed() throws Exception {
        Topology t = new Topology();
        Server s = Plans.root(t, "a");
        s.setName("a<b>&\"c\u0001");
        s.setSite("line\nbreak");
        Path out = dir.resolve("odd.graphml");
        Exporter.export(t, null, out, ExportOptions.defaults());
        Document doc = XmlFiles.parse(out);
        String label = doc.getElementsByTagNameNS(Y, "NodeLabel").item(1).getTextContent();
        assertTrue(label.startsWith("a<b>&\"c\nline break"), label);
    }

    @Test
    void nodesCarryTheUpdateFilesSettingsUnderTheirFilePaths() throws Exception {
        Topology t = new Topology();
        Server s = Plans.root(t, "a");
        ServerSettings.STORE_LOCALLY.set(s, false);
        Path out = dir.resolve("files.graphml");
        Exporter.export(t, null, out, ExportOptions.defaults());
        Document doc = XmlFiles.parse(out);
        Map<String, String> keyByName = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyByName.put(k.getAttribute("attr.name"), k.getAttribute("id"));
        }
        Map<String, String> data = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            data.put(d.getAttribute("key"), d.getTextContent());
        }
        assertEquals("false", data.get(keyByName.get("updateFiles.storeLocally")));
        assertEquals("true", data.get(keyByName.get("updateFiles.onlyWhenApproved")));
        assertEquals("false", data.get(keyByName.get("updateFiles.expressFiles")));
        assertEquals("false", data.get(keyByName.get("updateFiles.fromMicrosoftUpdate")));
    }
}
