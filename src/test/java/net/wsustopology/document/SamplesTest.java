package net.wsustopology.document;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.wsustopology.io.TopologyFiles;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void everySampleFileIsOfferedAndBundled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wsus.json")).toList();
            assertEquals(new TreeSet<>(onDisk), new TreeSet<>(Samples.FILES));
        }
        for (String name : Samples.FILES) {
            assertTrue(Samples.load(name).sameAs(TopologyFiles.load(Path.of("sample-topologies", name))), name);
        }
        assertEquals("Three region enterprise", Samples.title("three-region-enterprise.wsus.json"));
        assertEquals("LNG-01 language mismatch", Samples.title("lng01-language-mismatch.wsus.json"));
        assertEquals("FAN-01 over 1000 downstreams", Samples.title("fan01-over-1000-downstreams.wsus.json"));
        assertEquals("TOP-04 too deep", Samples.title("top04-too-deep.wsus.json"));
    }
}
