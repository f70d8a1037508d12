package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Rules;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleTopologiesTest {
    private static final Path DIR = Path.of("sample-topologies");

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".wsus.json")).sorted().toList();
            assertTrue(list.size() >= 6, "samples found: " + list);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsWithoutLoss(Path file) throws Exception {
        Topology loaded = TopologyFiles.load(file);
        String saved = TopologyFiles.toJson(loaded);
        Topology again = TopologyFiles.parse(saved, file.toString());
        assertTrue(loaded.sameAs(again), file.toString());
        assertEquals(saved, TopologyFiles.toJson(again), file.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void cleanSamplesHaveNoFindingsAndOthersShowTheirRule(Path file) throws Exception {
        String name = file.getFileName().toString();
        List<Finding> findings = new Validator().validate(TopologyFiles.load(file));
        boolean clean = name.contains("clean") || name.equals("single-office.wsus.json") || name.equals("three-region-enterprise.wsus.json");
        if (clean) {
            assertEquals(List.of(), findings, name);
            return;
        }
        // "lng01-..." demonstrates LNG-01, once that rule is registered
        String rule = name.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + name.substring(3, 5);
        boolean registered = Rules.all().stream().anyMatch(r -> r.id().equals(rule));
        assertTrue(!registered || findings.stream().anyMatch(f -> f.ruleId().equals(rule)), name + " should show " + rule);
    }

    @Test
    void languageMismatchIsFlaggedOnParis() throws Exception {
        List<Finding> findings = new Validator().validate(TopologyFiles.load(DIR.resolve("lng01-language-mismatch.wsus.json")));
        assertEquals(List.of("LNG-01 paris"), findings.stream().map(f -> f.ruleId() + " " + f.serverId()).toList());
    }

    @Test
    void fanOutSampleHasMoreThanAThousandDownstreams() throws Exception {
        Topology t = TopologyFiles.load(DIR.resolve("fan01-over-1000-downstreams.wsus.json"));
        Server root = t.server("root");
        assertTrue(t.downstreamCount(root) > t.getLimits().maxDownstreamServers());
        List<Finding> findings = new Validator().validate(t);
        // 1001 stores cannot all start 15 minutes apart in one day: they sync manually, which SCH-04 notes on each
        assertEquals(List.of("FAN-01 root", "FAN-03 root"), findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.serverId()).toList());
        assertTrue(findings.stream().filter(f -> f.severity() == Severity.INFO).allMatch(f -> f.ruleId().equals("SCH-04")));
    }

    @Test
    void deepSampleReachesTierSix() throws Exception {
        Topology t = TopologyFiles.load(DIR.resolve("top04-too-deep.wsus.json"));
        assertEquals(4, t.tier(t.server("tier4")).getAsInt());
        assertEquals(6, t.tier(t.server("tier6")).getAsInt());
        assertTrue(6 > t.getLimits().maxTiers() && 4 > t.getLimits().recommendedMaxTiers());
    }

    @Test
    void enterpriseSampleHasThreeRegionsUnderOneRoot() throws Exception {
        Topology t = TopologyFiles.load(DIR.resolve("three-region-enterprise.wsus.json"));
        assertTrue(t.size() >= 30 && t.size() <= 60, "servers: " + t.size());
        assertEquals(List.of("hq"), t.roots().stream().map(Server::id).toList());
        assertEquals(3, t.downstreamCount(t.server("hq")));
        assertTrue(t.servers().stream().anyMatch(Server::isReplica));
        assertTrue(t.servers().stream().anyMatch(s -> s.isSyncFromUpstream() && s.isUseSsl()));
        assertTrue(t.server("hq").getProxy().enabled());
    }
}
