package net.wsustopology.diagram;

import net.wsustopology.model.Server;

/** The three kinds of card: a root syncs from Microsoft Update, a downstream is autonomous or a replica. */
public enum CardKind {
    ROOT("root"), AUTONOMOUS("autonomous"), REPLICA("replica");

    private final String word;

    CardKind(String word) { this.word = word; }

    /** The word shown on the card and used in style class names ("role-replica"). */
    public String word() { return word; }

    public static CardKind of(Server s) {
        if (!s.isSyncFromUpstream()) return ROOT;
        return s.isReplica() ? REPLICA : AUTONOMOUS;
    }
}
