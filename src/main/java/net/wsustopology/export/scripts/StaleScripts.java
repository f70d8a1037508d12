package net.wsustopology.export.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripts an earlier output left in the folder: those its rollout-order.txt listed that the
 * new output does not write are removed, so the folder holds only scripts of the current plan.
 */
final class StaleScripts {
    /** A script's entry in rollout-order.txt: "   1. tier 1  name.ps1 ..." or "   -  name.ps1 ...". */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:\\d+\\.\\s+tier\\s+\\d+|-)\\s+([^\\s/\\\\]+\\.ps1)(?:\\s|$)");

    private StaleScripts() { }

    /** The script names an existing rollout order lists (none when there is none or it cannot be read). */
    static List<String> listedIn(Path rolloutOrder) {
        List<String> names = new ArrayList<>();
        if (!Files.isRegularFile(rolloutOrder, LinkOption.NOFOLLOW_LINKS)) return names;
        String text;
        try {
            text = new String(Files.readAllBytes(rolloutOrder), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return names;
        }
        for (String line : text.split("\r?\n")) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) names.add(m.group(1));
        }
        return names;
    }

    /** Removes the listed scripts that were not written this time; returns what it removed. */
    static List<Path> remove(Path dir, List<String> listed, List<Path> written) throws IOException {
        Set<Path> kept = new HashSet<>();
        for (Path p : written) kept.add(p.toAbsolutePath().normalize());
        List<Path> removed = new ArrayList<>();
        for (String name : listed) {
            Path file = dir.resolve(name).normalize();
            if (!dir.equals(file.getParent()) || kept.contains(file) || name.equals(CollectorScript.FILE_NAME)) continue;
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (Files.deleteIfExists(file)) removed.add(file);
        }
        return removed;
    }
}
