package net.wsustopology.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Reads;

/**
 * Which faces show a changed setting: derived from what {@link CardFace} and {@link LinkFace}
 * declare they read, through the same relations the validator uses, so a face that starts to
 * show a new setting is redrawn by declaring it there and nowhere else.
 */
public final class FaceReaders {
    private FaceReaders() { }

    /** The servers whose face, reading as {@code reads} declares, shows {@code property} of {@code changed}. */
    public static Set<Server> of(List<Reads> reads, Topology topology, Server changed, String property) {
        Set<Server> readers = new LinkedHashSet<>();
        for (Reads r : reads) {
            if (r.properties().contains(property)) readers.addAll(r.relation().readersOf(topology, changed));
        }
        return readers;
    }
}
