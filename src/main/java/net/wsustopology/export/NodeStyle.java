package net.wsustopology.export;

import java.awt.Color;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.validation.Severity;

/** Node colours by role and worst finding, shared by the renderer and the graph formats. */
public final class NodeStyle {
    private NodeStyle() { }

    /** The fill by role: findings show on the border only. */
    public static Color baseFill(TokenColours palette, CardKind role) {
        return switch (role) {
            case ROOT -> palette.surface();
            case AUTONOMOUS -> palette.autonomous();
            case REPLICA -> palette.replica();
        };
    }

    public static Color border(TokenColours palette, CardKind role, Severity worst) {
        if (worst != null) return palette.severity(worst);
        return switch (role) {
            case ROOT -> palette.root();
            case AUTONOMOUS -> palette.border();
            case REPLICA -> palette.replicaBorder();
        };
    }

    /** Roots and flagged servers get a thick border. */
    public static boolean thickBorder(CardKind role, Severity worst) { return role == CardKind.ROOT || worst != null; }
}
