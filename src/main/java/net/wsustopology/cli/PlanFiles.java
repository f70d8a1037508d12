package net.wsustopology.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.ReadOnlyFileException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;

/** Loading and saving plans for commands, with every failure turned into a one-sentence {@link CliError}. */
public final class PlanFiles {
    private PlanFiles() { }

    /** The plan in {@code file}; throws {@link CliError} (exit 2) when it is missing, unreadable or malformed. */
    public static Topology load(Path file) {
        try {
            return TopologyFiles.load(file);
        } catch (FormatException e) {
            throw new CliError(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliError(cannotRead(file, e), e);
        }
    }

    public static void save(Topology topology, Path file) {
        try {
            TopologyFiles.save(topology, file);
        } catch (IOException e) {
            throw new CliError("cannot write " + file + ": " + reason(e), e);
        }
    }

    static String cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return "cannot read " + file + ": there is no such file";
        if (Files.isDirectory(file)) return "cannot read " + file + ": it is a folder, not a plan file";
        return "cannot read " + file + ": " + reason(e);
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof ReadOnlyFileException) return e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
