package net.wsustopology.app;

import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** File > New: an untitled plan with one root server to start from. */
public final class NewPlan {
    private NewPlan() { }

    public static Document create() {
        Topology topology = new Topology();
        topology.setName("New plan");
        Server root = new Server("root");
        root.setName("wsus-root.corp.example.com");
        root.setSite("Headquarters");
        topology.addServer(root);
        return new Document(topology, null);
    }
}
