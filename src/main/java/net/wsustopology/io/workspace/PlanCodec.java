package net.wsustopology.io.workspace;

import net.wsustopology.model.Topology;

/** Turns plans into file text and back; the recovery store uses the real topology format through it. */
public interface PlanCodec {
    String toJson(Topology topology);

    Topology parse(String json, String fileName) throws Exception;
}
