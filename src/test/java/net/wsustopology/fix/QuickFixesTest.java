package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.command.Command;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class QuickFixesTest {

    private static List<Finding> findings(Topology t, String rule) {
        return new Validator().validate(t).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** Applies the first fix of the first finding of {@code rule}, checks it is gone, undoes, checks it is back. */
    private static QuickFix applyFirst(Topology t, String rule) {
        List<Finding> before = findings(t, rule);
        assertFalse(before.isEmpty(), "no " + rule + " to fix");
        String snapshot = TopologyFiles.toJson(t);
        QuickFix fix = new QuickFixes(t).of(before.get(0)).get(0);
        Command c = fix.command();
        c.execute();
        assertTrue(findings(t, rule).stream().noneMatch(f -> f.serverId().equals(before.get(0).serverId())),
                rule + " still on " + before.get(0).serverId() + " after " + fix.label());
        assertEquals(fix.label(), c.label());
        c.undo();
        assertEquals(snapshot, TopologyFiles.toJson(t));
        return fix;
    }

    @Test void lng01AddsTheMissingLanguagesUpTheChainToTheRoot() {
        Topology t = new PlanBuilder().root("wsus-hq01").downstream("wsus-emea01", "wsus-hq01").downstream("wsus-par", "wsus-emea01")
                .with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "ar")))).build();
        QuickFix fix = applyFirst(t, "LNG-01");
        assertEquals("Add ar to wsus-emea01 and its upstream wsus-hq01", fix.label());
        assertEquals("wsus-par: languages + ar on wsus-emea01, wsus-hq01 (LNG-01)", fix.line());
        assertTrue(fix.isSafe());
        fix.command().execute();
        assertEquals(List.of(), new Validator().validate(t).stream().filter(f -> !f.ruleId().equals("SCH-04")).toList(),
                "nothing but the plan's manual schedules");
    }

    @Test void lng01StopsAtTheFirstUpstreamThatHasTheLanguagesAndPassesOverReplicas() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "de"))))
                .downstream("mid", "hq").replica("rep", "mid").downstream("leaf", "rep")
                .with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "de")))).build();
        QuickFix fix = new QuickFixes(t).of(findings(t, "LNG-01").get(0)).get(0);
        assertEquals("Add de to mid", fix.label());
        QuickFix remove = new QuickFixes(t).of(findings(t, "LNG-01").get(0)).get(1);
        assertEquals("Remove de from leaf", remove.label());
        assertEquals(QuickFix.Kind.OPTION, remove.kind());
    }

    @Test void lng02SelectsTheUpstreamsLanguagesOrEnglishOnARoot() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "fr"))))
                .downstream("ber", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of()))).build();
        assertEquals("Select hq's languages (en, fr) on ber", applyFirst(t, "LNG-02").label());
        t.server("hq").setLanguages(LanguageSelection.of(List.of()));
        t.server("ber").setLanguages(LanguageSelection.ENGLISH);
        assertEquals("Select en on hq", applyFirst(t, "LNG-02").label());
    }

    @Test void lng03ReplacesACodeThatDiffersOnlyInSeparatorAndRemovesUnknownOnes() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "pt_BR")))).build();
        assertEquals("Replace pt_br → pt-br on hq", applyFirst(t, "LNG-03").label());
        t.server("hq").setLanguages(LanguageSelection.of(List.of("en", "klingon")));
        assertEquals("Remove klingon on hq", applyFirst(t, "LNG-03").label());
        assertEquals("pt-br", LanguageFixes.closestKnown("PT_br"));
        assertEquals(null, LanguageFixes.closestKnown("xx"));
    }

    @Test void topologyFixes() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setReplica(true)).build();
        assertEquals("Turn replica mode off on hq", applyFirst(t, "TOP-03").label());

        Topology deep = new PlanBuilder().root("t1").downstream("t2", "t1").downstream("t3", "t2").downstream("t4", "t3").build();
        QuickFix up = applyFirst(deep, "TOP-04");
        assertEquals("Move t4 up a tier: sync from t2 instead of t3", up.label());

        Topology dangling = new PlanBuilder().root("hq").downstream("ber", "gone").build();
        List<QuickFix> fixes = new QuickFixes(dangling).of(findings(dangling, "TOP-02").get(0));
        assertEquals(QuickFix.Kind.CHOOSE, fixes.get(0).kind());
        assertEquals(QuickFix.Choice.UPSTREAM, fixes.get(0).choice());
        assertEquals(null, fixes.get(0).command());
    }

    @Test void versionFixes() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setWsusVersion(WsusVersion.V6_3)).downstream("ber", "hq").build();
        assertEquals("Raise hq (the upstream) to WSUS 10.0 (Server 2016+)", applyFirst(t, "VER-01").label());
        Topology old = new PlanBuilder().root("hq").with(s -> s.setWsusVersion(WsusVersion.V3_SP2)).build();
        assertEquals("Upgrade hq to WSUS 10.0 (Server 2016+)", applyFirst(old, "VER-02").label());
    }

    @Test void networkFixes() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> s.setSourcePort(8080)).build();
        assertEquals("Use hq's HTTP port 8530 on ber", applyFirst(t, "NET-03").label());

        Topology ssl = new PlanBuilder().root("hq").with(s -> s.setRequireSsl(true)).downstream("ber", "hq").build();
        assertEquals("Turn SSL on for ber with hq's HTTPS port 8531", applyFirst(ssl, "NET-04").label());

        Topology pair = new PlanBuilder().root("hq").with(s -> s.setHttpsPort(9000)).build();
        assertEquals("Set the HTTPS port of hq to 8531 (HTTP 8530 + 1)", applyFirst(pair, "NET-05").label());

        Topology same = new PlanBuilder().root("a").downstream("b", "a").with(s -> s.setName("a" + PlanBuilder.DOMAIN))
                .downstream("c", "a").with(s -> s.setName("a-2" + PlanBuilder.DOMAIN)).build();
        List<Finding> dup = findings(same, "NET-06");
        QuickFixes fixes = new QuickFixes(same);
        assertEquals(QuickFix.Kind.OPTION, fixes.of(dup.get(0)).get(0).kind(), "the first server keeps its name");
        QuickFix rename = fixes.of(dup.get(1)).get(0);
        assertEquals("Rename a.corp.example.com to a-3.corp.example.com", rename.label());
        rename.command().execute();
        assertEquals(List.of(), findings(same, "NET-06"));
    }

    @Test void net01ResetsPortsOutOfRangeToTheirDefaults() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setHttpPort(70000)).with(s -> s.setHttpsPort(0))
                .downstream("ber", "hq").with(s -> s.setSourcePort(0)).build();
        QuickFix fix = applyFirst(t, "NET-01");
        assertEquals("Reset the ports out of range on hq (ports.http 70000 → 8530, ports.https 0 → 8531)", fix.label());
        fix.command().execute();
        assertEquals("Reset the port out of range on ber (updateSource.port 0 → 8530)", applyFirst(t, "NET-01").label());
    }

    @Test void lng03WithNothingKnownLeftTakesTheUpstreamsLanguages() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("de"))))
                .downstream("ber", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("xx")))).build();
        assertEquals("Replace xx by de on ber", applyFirst(t, "LNG-03").label());
    }

    @Test void proxyFixes() {
        ProxySettings proxy = new ProxySettings(true, "proxy.corp", 8080, true, "", "", true);
        Topology t = new PlanBuilder().root("hq").with(s -> s.setProxy(proxy)).build();
        assertEquals("Turn proxy credentials off on hq", applyFirst(t, "PRX-02").label());
        t.server("hq").setProxy(proxy.withUser("svc"));
        assertEquals("Turn basic authentication off on hq's proxy", applyFirst(t, "PRX-03").label());
        t.server("hq").setProxy(proxy.withServer("").withUseCredentials(false));
        assertEquals(QuickFix.Choice.PROXY_SERVER, new QuickFixes(t).of(findings(t, "PRX-01").get(0)).get(0).choice());
    }

    @Test void scheduleFixes() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "2:30", 30))).build();
        assertEquals("Set hq's schedule to 02:30 UTC, 24 syncs a day", applyFirst(t, "SCH-01").label());

        Topology clash = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)))
                .downstream("a", "hq").with(s -> s.setSync(new SyncSchedule(true, "02:00", 1)))
                .downstream("b", "hq").with(s -> s.setSync(new SyncSchedule(true, "02:05", 1))).build();
        assertEquals("Start a's syncs at 02:20 UTC instead of 02:00", applyFirst(clash, "SCH-02").label());

        Topology soon = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "02:00", 1)))
                .downstream("a", "hq").with(s -> s.setSync(new SyncSchedule(true, "02:10", 1))).build();
        assertEquals("Start a's syncs at 02:30 UTC instead of 02:10", applyFirst(soon, "SCH-03").label());
    }

    @Test void fanOutFixesMoveTheOverflowBelowNinetyPercent() {
        Topology t = new PlanBuilder().limits(10, 3, 5).root("hq").downstreams("d", 12, "hq").build();
        List<QuickFix> fixes = new QuickFixes(t).of(findings(t, "FAN-01").get(0));
        QuickFix hub = fixes.get(0);
        assertEquals(QuickFix.Kind.PREVIEW, hub.kind());
        assertEquals("Move 5 downstreams of hq under a new server hq-hub.corp.example.com", hub.label());
        assertTrue(hub.change().contains("d8 to d12"), hub.change());
        Command c = hub.command();
        c.execute();
        assertEquals(List.of(), findings(t, "FAN-01"));
        assertEquals(List.of(), findings(t, "FAN-02"));
        assertEquals(8, t.downstreamCount(t.server("hq")));
        c.undo();
        assertEquals(13, t.size(), "the new server is gone again");
        assertEquals(12, t.downstreamCount(t.server("hq")));
    }

    @Test void fanOutSpreadsOverSiblingsWithRoom() {
        Topology t = new PlanBuilder().limits(10, 3, 5).root("hq").downstream("a", "hq").downstream("b", "hq")
                .downstreams("d", 10, "a").build();
        List<QuickFix> fixes = new QuickFixes(t).of(findings(t, "FAN-02").get(0));
        QuickFix spread = fixes.get(1);
        assertEquals("Spread 2 downstreams of a over its sibling b", spread.label());
        spread.command().execute();
        assertEquals(List.of(), findings(t, "FAN-02"));
        assertEquals(2, t.downstreamCount(t.server("b")));
    }

    @Test void everyFixableRuleIsKnown() {
        assertEquals(List.of("FAN-01", "FAN-02", "FIL-01", "FIL-02", "FIL-03", "LNG-01", "LNG-02", "LNG-03", "NET-01", "NET-03",
                "NET-04", "NET-05", "NET-06", "PRX-01", "PRX-02", "PRX-03", "SCH-01", "SCH-02", "SCH-03", "SCH-04", "TOP-01", "TOP-02", "TOP-03", "TOP-04", "TOP-05",
                "VER-01", "VER-02"), List.copyOf(QuickFixes.ruleIds()));
    }
}
