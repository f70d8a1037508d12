package net.wsustopology.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;

/** The plans of sample-topologies/, bundled in the jar for File > New from Sample. */
public final class Samples {
    /** File names in the order the menu lists them; a test keeps this in step with the folder. */
    public static final List<String> FILES = List.of(
            "single-office.wsus.json",
            "three-region-enterprise.wsus.json",
            "mixed-versions-clean.wsus.json",
            "lng01-language-mismatch.wsus.json",
            "fan01-over-1000-downstreams.wsus.json",
            "top04-too-deep.wsus.json");

    private Samples() { }

    public static Topology load(String fileName) throws IOException, FormatException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + fileName)) {
            if (in == null) throw new IOException("the sample " + fileName + " is not bundled with this build");
            return TopologyFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
        }
    }

    /** "Three region enterprise" from "three-region-enterprise.wsus.json". */
    public static String title(String fileName) {
        String stem = fileName.replace(".wsus.json", "").replace('-', ' ');
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }
}
