package net.wsustopology.model;

import java.util.function.BiFunction;

/**
 * One leaf setting of a server as the file and {@code diff} name it (SPEC: {@code updateSource.port},
 * {@code proxy.server}, {@code languages}...), part of one {@link ServerProperty}.
 *
 * @param path     the member's dotted path in a server object of the file
 * @param property the name of the {@link Server} property that holds it
 * @param deployed true when a real WSUS server has the setting, so {@code diff} compares planned and
 *                 deployed values of it (false for the plan's own notes: name, site, clients, notes, position)
 * @param value    the setting's value for a server of a plan, in a form that compares across files:
 *                 ports and flags as Integer and Boolean, an upstream by its host name, languages as
 *                 "all" or the sorted code list, the effective source port (SPEC's defaults applied)
 */
public record Setting(String path, String property, boolean deployed, BiFunction<Topology, Server, Object> value) {
    /** The comparable value of this setting of {@code server}, a server of {@code plan}. */
    public Object valueOf(Topology plan, Server server) { return value.apply(plan, server); }

    @Override public String toString() { return path; }
}
