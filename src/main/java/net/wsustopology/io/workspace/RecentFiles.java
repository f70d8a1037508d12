package net.wsustopology.io.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last ten plans opened or saved, newest first, kept in a text file of absolute paths. */
public final class RecentFiles {
    public static final int MAX = 10;
    private final Path store;
    private final List<Path> entries = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && entries.size() < MAX) entries.add(Path.of(line.trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    public List<Path> entries() { return List.copyOf(entries); }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        entries.remove(abs);
        entries.add(0, abs);
        while (entries.size() > MAX) entries.remove(entries.size() - 1);
        persist();
    }

    public void remove(Path file) {
        if (entries.remove(file.toAbsolutePath().normalize())) persist();
    }

    public void removeMissing() {
        if (entries.removeIf(p -> !Files.exists(p))) persist();
    }

    public void clear() {
        entries.clear();
        persist();
    }

    private void persist() {
        StringBuilder text = new StringBuilder();
        for (Path p : entries) text.append(p).append(System.lineSeparator());
        try {
            TextFiles.writeAtomically(store, text.toString());
        } catch (IOException e) {
            // The recent list is a convenience: a read-only profile must not stop the editor.
        }
    }
}
