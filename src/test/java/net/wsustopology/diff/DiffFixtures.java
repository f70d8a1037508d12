package net.wsustopology.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;

/** The plan and the collector-shaped file of src/test/resources/net/wsustopology/diff. */
public final class DiffFixtures {
    public static final Path PLANNED = Path.of("src/test/resources/net/wsustopology/diff/planned.wsus.json");
    public static final Path COLLECTED = Path.of("src/test/resources/net/wsustopology/diff/collected.wsus.json");

    /** The three-region sample and a hand-made collected file for it with nine differences, one of each kind of drift and more. */
    public static final Path THREE_REGION = Path.of("sample-topologies/three-region-enterprise.wsus.json");
    public static final Path THREE_REGION_COLLECTED = Path.of("src/test/resources/net/wsustopology/diff/three-region-collected.wsus.json");

    private DiffFixtures() { }

    /** The three-region sample compared with its collected file, as File > Compare With… compares them. */
    public static Comparison threeRegion() {
        try {
            return new Comparison(TopologyFiles.load(THREE_REGION), TopologyFiles.load(THREE_REGION_COLLECTED),
                    THREE_REGION_COLLECTED.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Topology planned() { return load("planned.wsus.json"); }

    public static Topology collected() { return load("collected.wsus.json"); }

    private static Topology load(String name) {
        try (InputStream in = DiffFixtures.class.getResourceAsStream(name)) {
            return TopologyFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
