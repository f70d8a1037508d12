package net.wsustopology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateProcessTest {
    @TempDir Path dist;

    @Test
    void timesBothLaunchersOfALinuxImage() throws IOException {
        launcher(dist.resolve("wsus-topology/bin/wsus-topology"));
        launcher(dist.resolve("wsus-topology/bin/wsus-topology-editor"));
        assertEquals(List.of("image wsus-topology", "image wsus-topology-editor"), labels());
    }

    @Test
    void findsTheLaunchersOfAWindowsAndAMacImage() throws IOException {
        launcher(dist.resolve("wsus-topology/wsus-topology.exe"));
        launcher(dist.resolve("wsus-topology.app/Contents/MacOS/wsus-topology-editor"));
        assertEquals(List.of("image wsus-topology", "image wsus-topology-editor"), labels());
    }

    @Test
    void withoutAnImageThereIsNoRow() throws IOException {
        Files.createDirectories(dist.resolve("wsus-topology/bin"));
        assertTrue(labels().isEmpty());
    }

    private List<String> labels() {
        return ValidateProcess.imageLaunchers(dist).stream().map(ValidateProcess::label).toList();
    }

    private static void launcher(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        assertTrue(file.toFile().setExecutable(true));
    }
}
