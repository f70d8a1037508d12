package net.wsustopology.export.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.io.AtomicFile;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;

/**
 * Writes one {@code <host name>.ps1} per server (see {@link ScriptFileNames}) plus {@code rollout-order.txt} into a folder, as
 * Windows expects them: CRLF line ends, UTF-8 with a byte order mark (Windows PowerShell 5.1
 * reads BOM-less files as ANSI). A plan with error findings is refused unless forced.
 */
public final class ScriptWriter {
    public static final String ROLLOUT_ORDER = "rollout-order.txt";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What was written, and the scripts of an earlier output in the folder that were removed. */
    public record Result(List<Path> scripts, Path rolloutOrder, List<Path> removed) { }

    private ScriptWriter() { }

    /** Validates the plan and writes the scripts; refuses when there is an error finding. */
    public static Result write(Topology topology, Path dir) throws IOException, PlanHasErrorsException {
        return write(topology, dir, new Validator().validate(topology), false);
    }

    /** Writes the scripts; with error findings only when {@code force}. */
    public static Result write(Topology topology, Path dir, List<Finding> findings, boolean force)
            throws IOException, PlanHasErrorsException {
        return write(topology, dir, findings, force, null);
    }

    /**
     * Writes the scripts of the servers {@code changes} asks for (every server when null), and a
     * rollout order of just those with the changes no script makes; with error findings only when {@code force}.
     */
    public static Result write(Topology topology, Path dir, List<Finding> findings, boolean force, ChangesToApply changes)
            throws IOException, PlanHasErrorsException {
        List<Finding> errors = new ArrayList<>();
        for (Finding f : findings) if (f.severity() == Severity.ERROR) errors.add(f);
        if (!errors.isEmpty() && !force) throw new PlanHasErrorsException(errors);
        AtomicFile.Folder folder = AtomicFile.folder(dir);
        List<String> earlier = StaleScripts.listedIn(folder.dir().resolve(ROLLOUT_ORDER));
        List<Path> scripts = new ArrayList<>();
        ScriptFileNames names = new ScriptFileNames(topology);
        for (Server s : topology.servers()) {
            if (changes != null && !changes.scripted().contains(s)) continue;
            scripts.add(writeWindowsText(folder, names.of(s), new ServerScript(topology, s, names.of(s)).text(), true));
        }
        Path order = writeWindowsText(folder, ROLLOUT_ORDER, new RolloutOrder(topology).text(changes), true);
        return new Result(scripts, order, StaleScripts.remove(folder.dir(), earlier, scripts));
    }

    /** The script of one server, with \n line ends (for previews and tests). */
    public static String script(Topology topology, Server server) {
        return new ServerScript(topology, server, new ScriptFileNames(topology).of(server)).text();
    }

    /** Writes text as Windows PowerShell reads it: CRLF line ends, UTF-8 (with a byte order mark when {@code bom}). */
    static Path writeWindowsText(AtomicFile.Folder folder, String name, String text, boolean bom) throws IOException {
        return folder.write(name, out -> {
            if (bom) out.write(BOM);
            out.write(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        });
    }
}
