package net.wsustopology.export.graph;

import net.wsustopology.diagram.CardKind;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.Color;
import java.io.IOException;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.NodeStyle;
import net.wsustopology.export.TokenColours;
import net.wsustopology.export.XmlChars;
import net.wsustopology.model.Position;
import net.wsustopology.model.ServerSettings;

/** Writes the plan as yEd-compatible GraphML: y:ShapeNode with geometry, colours and labels; edges with port labels. */
public final class GraphMlExporter {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Not a valid server id (it has a space), so it cannot clash with one. */
    static final String MU_ID = "Microsoft Update";

    private GraphMlExporter() { }

    /** Writes the graph; characters XML cannot hold are replaced and recorded in {@code replaced}. */
    public static void write(DiagramScene scene, TokenColours palette, Path out, MissingGlyphs replaced) throws IOException {
        AtomicFile.write(out, os -> {
            try {
                XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
                new GraphWriter(w, palette, replaced).document(scene);
                w.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write GraphML: " + e.getMessage(), e);
            }
        });
    }

    private record GraphWriter(XMLStreamWriter w, TokenColours palette, MissingGlyphs replaced) {
        void document(DiagramScene scene) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML);
            w.writeNamespace("y", Y);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            key("d0", "node", "nodegraphics", null);
            key("d1", "edge", "edgegraphics", null);
            key("d2", "node", null, "name");
            key("d3", "node", null, "site");
            key("d4", "node", null, "tier");
            key("d5", "edge", null, "port");
            // the update files settings, named by their file paths
            for (int i = 0; i < ServerSettings.UPDATE_FILES_SETTINGS.size(); i++) {
                key("f" + i, "node", null, ServerSettings.UPDATE_FILES_SETTINGS.get(i).name());
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "G");
            w.writeAttribute("edgedefault", "directed");
            if (scene.microsoftUpdate() != null) microsoftUpdate(scene.microsoftUpdate());
            for (Card n : scene.cards()) node(n);
            int i = 0;
            for (Link e : scene.links()) edge(e, "e" + i++);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        }

        void key(String id, String target, String yfilesType, String attrName) throws XMLStreamException {
            w.writeEmptyElement("key");
            w.writeAttribute("id", id);
            w.writeAttribute("for", target);
            if (yfilesType != null) w.writeAttribute("yfiles.type", yfilesType);
            if (attrName != null) {
                w.writeAttribute("attr.name", attrName);
                w.writeAttribute("attr.type", "string");
            }
        }

        void microsoftUpdate(Position p) throws XMLStreamException {
            w.writeStartElement("node");
            w.writeAttribute("id", MU_ID);
            shape(p.x(), p.y(), palette.microsoftUpdate(), palette.microsoftUpdate(), "line", 1, "roundrectangle",
                    "Microsoft Update", Color.WHITE);
            w.writeEndElement();
        }

        void node(Card n) throws XMLStreamException {
            w.writeStartElement("node");
            w.writeAttribute("id", n.server().id());
            Color fill = NodeStyle.baseFill(palette, n.kind());
            Color border = NodeStyle.border(palette, n.kind(), n.worst());
            String label = n.face().caption();
            shape(n.x(), n.y(), fill, border, n.kind() == CardKind.REPLICA ? "dashed" : "line",
                    NodeStyle.thickBorder(n.kind(), n.worst()) ? 3 : 1,
                    n.kind() == CardKind.AUTONOMOUS ? "roundrectangle" : "rectangle", label, palette.text());
            data("d2", n.server().getName());
            data("d3", n.server().getSite());
            data("d4", n.tier() == null ? "" : n.tier().toString());
            for (int i = 0; i < ServerSettings.UPDATE_FILES_SETTINGS.size(); i++) {
                data("f" + i, ServerSettings.UPDATE_FILES_SETTINGS.get(i).get(n.server()).toString());
            }
            w.writeEndElement();
        }

        void shape(double cx, double cy, Color fill, Color border, String borderType, double borderWidth, String shapeType,
                   String label, Color textColor) throws XMLStreamException {
            w.writeStartElement("data");
            w.writeAttribute("key", "d0");
            w.writeStartElement(Y, "ShapeNode");
            w.writeEmptyElement(Y, "Geometry");
            w.writeAttribute("x", num(cx - NODE_WIDTH / 2));
            w.writeAttribute("y", num(cy - NODE_HEIGHT / 2));
            w.writeAttribute("width", num(NODE_WIDTH));
            w.writeAttribute("height", num(NODE_HEIGHT));
            w.writeEmptyElement(Y, "Fill");
            w.writeAttribute("color", DotExporter.hex(fill).toUpperCase(Locale.ROOT));
            w.writeAttribute("transparent", "false");
            w.writeEmptyElement(Y, "BorderStyle");
            w.writeAttribute("color", DotExporter.hex(border).toUpperCase(Locale.ROOT));
            w.writeAttribute("type", borderType);
            w.writeAttribute("width", num(borderWidth));
            w.writeStartElement(Y, "NodeLabel");
            w.writeAttribute("alignment", "center");
            w.writeAttribute("fontFamily", "Dialog");
            w.writeAttribute("fontSize", "12");
            w.writeAttribute("textColor", DotExporter.hex(textColor).toUpperCase(Locale.ROOT));
            w.writeAttribute("modelName", "internal");
            w.writeAttribute("modelPosition", "c");
            w.writeCharacters(xmlSafe(label, replaced));
            w.writeEndElement();
            w.writeEmptyElement(Y, "Shape");
            w.writeAttribute("type", shapeType);
            w.writeEndElement();
            w.writeEndElement();
        }

        void edge(Link e, String id) throws XMLStreamException {
            w.writeStartElement("edge");
            w.writeAttribute("id", id);
            w.writeAttribute("source", e.upstream() == null ? MU_ID : e.upstream().server().id());
            w.writeAttribute("target", e.downstream().server().id());
            w.writeStartElement("data");
            w.writeAttribute("key", "d1");
            w.writeStartElement(Y, "PolyLineEdge");
            w.writeEmptyElement(Y, "LineStyle");
            w.writeAttribute("color", DotExporter.hex(palette.edge()).toUpperCase(Locale.ROOT));
            w.writeAttribute("type", e.replica() ? "dashed" : "line");
            w.writeAttribute("width", "1.5");
            w.writeEmptyElement(Y, "Arrows");
            w.writeAttribute("source", "none");
            w.writeAttribute("target", "standard");
            if (!e.label().isEmpty()) {
                w.writeStartElement(Y, "EdgeLabel");
                w.writeCharacters(xmlSafe(e.label(), replaced));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            data("d5", e.label());
            w.writeEndElement();
        }

        void data(String key, String value) throws XMLStreamException {
            w.writeStartElement("data");
            w.writeAttribute("key", key);
            w.writeCharacters(xmlSafe(value, replaced));
            w.writeEndElement();
        }
    }

    private static String num(double v) { return Double.toString(Math.round(v * 100) / 100.0); }

    /**
     * XML 1.0 cannot hold most control characters even escaped; they become spaces. The other
     * characters it cannot hold (U+FFFE, U+FFFF, half of a surrogate pair) are replaced visibly.
     */
    static String xmlSafe(String s, MissingGlyphs replaced) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
        return XmlChars.legal(sb.toString(), replaced);
    }
}
