package net.wsustopology.model;

/** Told about every change of a topology, after its indexes are current. */
public interface TopologyListener {
    default void serverAdded(Server server) { }

    default void serverRemoved(Server server) { }

    /** {@code property} is one of the {@link Server} property-name constants. */
    default void serverChanged(Server server, String property, Object oldValue, Object newValue) { }

    /** The plan's name, description or limits changed. */
    default void planChanged(String property) { }
}
