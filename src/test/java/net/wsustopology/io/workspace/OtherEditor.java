package net.wsustopology.io.workspace;

import java.nio.file.Path;
import net.wsustopology.model.Topology;

/**
 * A second editor process for {@link RecoveryProcessTest}: it writes one recovery copy, says
 * "ready" and then runs until its standard input closes or it is killed.
 */
public final class OtherEditor {
    /** Stores only the plan name: enough to see which plan a copy belongs to. */
    static final PlanCodec NAME_ONLY = new PlanCodec() {
        @Override public String toJson(Topology t) { return t.getName(); }

        @Override public Topology parse(String json, String fileName) {
            Topology t = new Topology();
            t.setName(json);
            return t;
        }
    };

    private OtherEditor() { }

    static Topology plan(String name) {
        Topology t = new Topology();
        t.setName(name);
        return t;
    }

    /** Arguments: the recovery folder, the plan's name. */
    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]), NAME_ONLY);
        store.write("copy-of-the-other-editor", plan(args[1]), null, null);
        System.out.println("ready");
        System.out.flush();
        // running until the test lets go; a dead test closes the pipe, so no process is left behind
        while (System.in.read() != -1) {
            // nothing to do
        }
    }
}
