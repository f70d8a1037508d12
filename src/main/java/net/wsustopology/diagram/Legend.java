package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.validation.Severity;

/**
 * The key to a diagram, decided once: which items it lists and in what words. The canvas,
 * presentation mode and every export draw these items, each in its own medium.
 */
public final class Legend {
    public static final String TITLE = "Legend";

    /** What an item's swatch shows. */
    public enum Swatch {
        MICROSOFT_UPDATE, ROOT, AUTONOMOUS, REPLICA, CLIENTS_FROM_MU, ERROR, WARNING, INFO, SELECTED, LINK, REPLICA_LINK, SSL_LINK, MISSING_UPSTREAM;

        /** The card kind a card swatch shows (an error, warning or info swatch is an autonomous card); null for the others. */
        public CardKind cardKind() {
            return switch (this) {
                case ROOT -> CardKind.ROOT;
                case REPLICA -> CardKind.REPLICA;
                case AUTONOMOUS, ERROR, WARNING, INFO -> CardKind.AUTONOMOUS;
                default -> null;
            };
        }

        /** The worst finding a card swatch shows; null for the others. */
        public Severity severity() {
            return switch (this) {
                case ERROR -> Severity.ERROR;
                case WARNING -> Severity.WARNING;
                case INFO -> Severity.INFO;
                default -> null;
            };
        }

        public boolean isLink() { return this == LINK || this == REPLICA_LINK || this == SSL_LINK || this == MISSING_UPSTREAM; }
    }

    public record Item(Swatch swatch, String text) { }

    private static final List<Item> ITEMS = List.of(
            new Item(Swatch.MICROSOFT_UPDATE, "Microsoft Update"),
            new Item(Swatch.ROOT, Marks.ROOT_ROLE),
            new Item(Swatch.AUTONOMOUS, "Autonomous downstream"),
            new Item(Swatch.REPLICA, "Replica downstream (" + Marks.REPLICA_BADGE + ")"),
            new Item(Swatch.CLIENTS_FROM_MU, CardFace.MICROSOFT_UPDATE_LEGEND),
            new Item(Swatch.ERROR, "Has an error (" + Marks.severityMark(Severity.ERROR) + ")"),
            new Item(Swatch.WARNING, "Has a warning (" + Marks.severityMark(Severity.WARNING) + ")"),
            new Item(Swatch.INFO, "Has an info (" + Marks.severityMark(Severity.INFO) + ")"),
            new Item(Swatch.SELECTED, "Selected"),
            new Item(Swatch.LINK, "Upstream link (port)"),
            new Item(Swatch.REPLICA_LINK, "Replica link"),
            new Item(Swatch.SSL_LINK, "SSL link"),
            new Item(Swatch.MISSING_UPSTREAM, "Upstream not in the plan"));

    private Legend() { }

    /** The items of a picture that can show a selection (the editor's canvas) or not (presentation, exports). */
    public static List<Item> items(boolean withSelection) {
        List<Item> items = new ArrayList<>(ITEMS);
        if (!withSelection) items.removeIf(i -> i.swatch() == Swatch.SELECTED);
        return List.copyOf(items);
    }
}
