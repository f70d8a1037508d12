package net.wsustopology.model;

/** Told of every change of any setting of a server it watches (how a {@link Topology} follows its servers). */
interface ServerWatcher {
    void changed(Server server, String property, Object oldValue, Object newValue);
}
