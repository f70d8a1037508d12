package net.wsustopology.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
            "top04-too-deep.wsus.json",
            "fil01-clients-from-microsoft-update.wsus.json");

    private Samples() { }

    public static Topology load(String fileName) throws IOException, FormatException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + fileName)) {
            if (in == null) throw new IOException("the sample " + fileName + " is not bundled with this build");
            return TopologyFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
        }
    }

    /**
     * "Three region enterprise" from "three-region-enterprise.wsus.json"; a leading rule id is
     * written as the rules write it: "LNG-01 language mismatch" from "lng01-language-mismatch.wsus.json".
     */
    public static String title(String fileName) {
        String stem = fileName.replace(".wsus.json", "").replace('-', ' ');
        if (stem.matches("[a-z]{3}[0-9]{2}( .*)?")) {
            return stem.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + stem.substring(3);
        }
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }
}
