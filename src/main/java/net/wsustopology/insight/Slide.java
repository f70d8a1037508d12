package net.wsustopology.insight;

import java.util.List;
import net.wsustopology.model.Server;

/**
 * One slide of presentation mode. A diagram slide draws {@code drawn} (the servers it is about,
 * {@code members}, and for a region the chain of upstreams above it, so its tiers read as in the
 * plan); the other kinds show one insight about the whole plan.
 *
 * @param focus the root or hub of a ROOT or HUB slide, else null
 */
public record Slide(Kind kind, String title, Server focus, List<Server> members, List<Server> drawn) {
    /** What a slide shows, in the order a deck puts them. */
    public enum Kind { PLAN, ROOT, HUB, FINDINGS, LANGUAGES, SYNC, CAPACITY }

    public Slide {
        members = List.copyOf(members);
        drawn = List.copyOf(drawn);
    }

    public boolean isDiagram() { return kind == Kind.PLAN || kind == Kind.ROOT || kind == Kind.HUB; }
}
