package net.wsustopology.export;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.diagram.LinkRoute;
import net.wsustopology.diagram.Marks;
import net.wsustopology.model.Position;
import net.wsustopology.validation.Severity;

/**
 * Draws upstream links as the canvas does: along their {@link LinkRoute} with an open arrow head,
 * stroked as their {@link LinkFace} says (dashed into a replica, green over SSL), the port label
 * beside the last segment.
 */
final class EdgePainter {
    private final TokenColours palette;

    EdgePainter(TokenColours palette) { this.palette = palette; }

    void paintLine(Graphics2D g, Link e, DiagramScene scene) {
        LinkRoute route = scene.route(e);
        if (route == null) return;
        g.setPaint(colour(e.face()));
        g.setStroke(stroke(e.face().dashed()));
        g.draw(path(route));
    }

    /** The route and its arrow head as one path, as the canvas strokes them. */
    static Path2D path(LinkRoute route) {
        Path2D path = new Path2D.Double();
        List<Position> points = route.points();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) path.lineTo(points.get(i).x(), points.get(i).y());
        path.moveTo(route.wingA().x(), route.wingA().y());
        path.lineTo(route.tip().x(), route.tip().y());
        path.lineTo(route.wingB().x(), route.wingB().y());
        return path;
    }

    void paintLabel(Graphics2D g, Link e, DiagramScene scene) {
        LinkRoute route = scene.route(e);
        if (route == null || e.label().isEmpty()) return;
        g.setFont(Fonts.SMALL);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, e.label(), (float) route.label().x(), (float) route.label().y());
    }

    /** A short horizontal piece of a link with {@code face}, for the legend. */
    void paintSample(Graphics2D g, LinkFace face, double x1, double x2, double y) {
        g.setPaint(colour(face));
        g.setStroke(stroke(face.dashed()));
        g.draw(new Line2D.Double(x1, y, x2, y));
    }

    Color colour(LinkFace face) { return face.ssl() ? palette.ok() : palette.edge(); }

    static Stroke stroke(boolean dashed) {
        float width = (float) LinkFace.STROKE;
        if (!dashed) return new BasicStroke(width);
        float[] dash = {(float) LinkFace.DASH[0], (float) LinkFace.DASH[1]};
        return new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** A dashed stub up from a server whose upstream is missing, ending in the missing id. */
    void paintMissingUpstream(Graphics2D g, DiagramScene.Card n) {
        double top = n.y() - NODE_HEIGHT / 2;
        double end = top - DiagramScene.MISSING_STUB;
        g.setPaint(palette.severity(Severity.ERROR));
        g.setStroke(stroke(true));
        g.draw(path(LinkRoute.between(n.x(), end, n.x(), top)));
        String text = Marks.missingUpstream(n.missingUpstream());
        g.setFont(Fonts.SMALL);
        double w = Fonts.width(g, text) + 8;
        g.setPaint(palette.surface());
        g.fill(new RoundRectangle2D.Double(n.x() - w / 2, end - 14, w, 14, 8, 8));
        g.setPaint(palette.severity(Severity.ERROR));
        Fonts.draw(g, Fonts.fit(g, Fonts.printable(text), 2 * NODE_WIDTH), (float) (n.x() - w / 2 + 4), (float) (end - 3.5));
    }

    /** The legend's swatch of a missing upstream: the stub's dashed line, across. */
    void paintMissingSwatch(Graphics2D g, Rectangle2D r) {
        g.setPaint(palette.severity(Severity.ERROR));
        g.setStroke(stroke(true));
        g.draw(new Line2D.Double(r.getX(), r.getCenterY(), r.getMaxX(), r.getCenterY()));
    }

    /** The area a link and its label cover, for skipping links outside the visible part. */
    Rectangle2D area(Link e, DiagramScene scene) {
        LinkRoute route = scene.route(e);
        if (route == null) return new Rectangle2D.Double();
        Rectangle2D r = route.bounds();
        return new Rectangle2D.Double(r.getX() - 10, r.getY() - 10, r.getWidth() + 90, r.getHeight() + 20);
    }
}
