package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What a rule reads, seen from the server it checks: the properties ({@link Server#NAME}...) of
 * the servers in one relation to it. The incremental validator derives from these which servers
 * a change can affect, so a rule that reads something new declares it here and nowhere else.
 *
 * <p>Reading through the tree also reads the checked server's own place in it: a rule with an
 * upstream, hierarchy, sibling or languages read is re-run on a server whose upstream changes.
 */
public record Reads(Relation relation, Set<String> properties) {
    /** Where the read properties live, relative to the checked server. */
    public enum Relation {
        /** The server itself. */
        SELF,
        /** The server it syncs from. */
        UPSTREAM,
        /** Its tier and loop membership from {@link net.wsustopology.model.Hierarchy}: every server above it. */
        HIERARCHY,
        /** The other downstreams of its upstream. */
        SIBLINGS,
        /** The servers that sync from it. */
        DOWNSTREAMS,
        /** Servers with the same host name. */
        NAMESAKES,
        /** Every server below it, at any depth (rollup reaches a root from all of them). */
        ALL_BELOW,
        /** The effective languages it inherits from {@link net.wsustopology.model.Hierarchy}: up the chain of replicas (only language rules re-run). */
        LANGUAGES;

        /**
         * The servers that read {@code changed} through this relation as the plan is now: for an
         * upstream read its downstreams, for a chain read its subtree, and so on. The validator
         * and the canvas both ask this, so a relation means the same to both.
         */
        public List<Server> readersOf(Topology topology, Server changed) {
            return switch (this) {
                case SELF -> List.of(changed);
                case UPSTREAM -> topology.downstreams(changed);
                case HIERARCHY -> topology.hierarchy().subtree(changed);
                case SIBLINGS -> changed.effectiveUpstreamId() == null ? List.of() : topology.downstreamsOf(changed.effectiveUpstreamId());
                case DOWNSTREAMS -> {
                    Server upstream = topology.upstreamOf(changed);
                    yield upstream == null ? List.of() : List.of(upstream);
                }
                case NAMESAKES -> topology.serversNamed(changed.getName());
                case ALL_BELOW -> topology.hierarchy().upstreamChain(changed);
                case LANGUAGES -> topology.hierarchy().languageHeirs(changed);
            };
        }
    }

    /** A server's place in the tree. */
    public static final Set<String> STRUCTURE = Set.of(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID);
    /** What effective languages are made of. */
    public static final Set<String> EFFECTIVE_LANGUAGES = Set.of(Server.LANGUAGES, Server.REPLICA, Server.SYNC_FROM_UPSTREAM,
            Server.UPSTREAM_ID);

    public Reads {
        properties = Set.copyOf(properties);
    }

    public static Reads self(String... properties) { return new Reads(Relation.SELF, Set.of(properties)); }

    public static Reads upstream(String... properties) { return new Reads(Relation.UPSTREAM, Set.of(properties)); }

    /** Reads the hierarchy: the tier or loop membership of the checked server (the tree above it). */
    public static Reads hierarchy() { return new Reads(Relation.HIERARCHY, STRUCTURE); }

    public static Reads siblings(String... properties) { return new Reads(Relation.SIBLINGS, Set.of(properties)); }

    public static Reads downstreams(String... properties) { return new Reads(Relation.DOWNSTREAMS, Set.of(properties)); }

    /** The place in the tree of every server below: how many there are. */
    public static Reads allBelow() { return new Reads(Relation.ALL_BELOW, STRUCTURE); }

    public static Reads namesakes() { return new Reads(Relation.NAMESAKES, Set.of(Server.NAME)); }

    /** Reads the hierarchy's effective languages of the checked server or its upstream. */
    public static Reads effectiveLanguages() { return new Reads(Relation.LANGUAGES, EFFECTIVE_LANGUAGES); }

    /** The reads of a rule with the implied read of its own place in the tree added. */
    static List<Reads> withImplied(List<Reads> declared) {
        for (Reads r : declared) {
            if (r.relation() != Relation.SELF && r.relation() != Relation.NAMESAKES && r.relation() != Relation.DOWNSTREAMS) {
                return concat(declared, new Reads(Relation.SELF, STRUCTURE));
            }
        }
        return declared;
    }

    private static List<Reads> concat(List<Reads> list, Reads extra) {
        List<Reads> all = new ArrayList<>(list);
        all.add(extra);
        return List.copyOf(all);
    }
}
