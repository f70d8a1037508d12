package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class IncrementalValidatorTest {
    private static SyncSchedule at(String time) { return new SyncSchedule(true, time, 1); }

    @Test void findsTheFindingsOfTheInitialPlan() {
        Topology t = new PlanBuilder().root("hq").with(s -> {
            s.setClients(200_000);
            s.setSync(at("01:00"));
        }).build();
        IncrementalValidator v = new IncrementalValidator(t);
        assertEquals(1, v.findings().count(Severity.WARNING));
        assertEquals("CAP-01", v.findings().of("hq").get(0).ruleId());
        assertEquals(Severity.WARNING, v.findings().worst("hq"));
    }

    @Test void tellsListenersOncePerFlushWithTheRecheckedServers() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(at("01:00"))).downstream("a", "hq")
                .with(s -> s.setSync(at("02:00"))).downstream("b", "hq").with(s -> s.setSync(at("03:00"))).build();
        IncrementalValidator v = new IncrementalValidator(t);
        List<Set<String>> calls = new ArrayList<>();
        v.findings().addListener(calls::add);
        v.flush();
        assertEquals(List.of(), calls);
        t.server("a").setClients(200_000);
        t.server("a").setClients(300_000);
        assertEquals(Set.of("a"), v.pending());
        v.flush();
        assertEquals(List.of(Set.of("a")), calls);
        assertEquals(1, v.findings().total());
    }

    @Test void aPropertyOfOneServerRechecksOnlyThatServer() {
        Topology t = new PlanBuilder().root("hq").downstreams("d", 1000, "hq").build();
        IncrementalValidator v = new IncrementalValidator(t);
        t.server("d7").setUseSsl(true);
        assertEquals(Set.of("d7"), v.pending());
        v.flush();
        t.server("d7").setSync(at("02:00"));
        assertEquals(1000, v.pending().size(), "a schedule concerns every sibling; no rule of the upstream reads it");
    }

    /** Counts its checks and flags every server, so its findings show whether they survived a re-check. */
    private static final class CountingRule implements Rule {
        int checks;

        @Override public String id() { return "TEST-01"; }

        @Override public Severity severity() { return Severity.INFO; }

        @Override public List<Reads> reads() { return List.of(Reads.self(Server.NAME)); }

        @Override public void check(Server server, ValidationContext context, Consumer<Finding> out) {
            checks++;
            out.accept(finding(server, List.of(), "checked"));
        }
    }

    /** Flags a downstream whose upstream's site is "x": it reads only that. */
    private static final class UpstreamSiteRule implements Rule {
        @Override public String id() { return "TEST-02"; }

        @Override public Severity severity() { return Severity.INFO; }

        @Override public List<Reads> reads() { return List.of(Reads.upstream(Server.SITE)); }

        @Override public void check(Server server, ValidationContext context, Consumer<Finding> out) {
            Server up = context.upstreamOf(server);
            if (up != null && up.getSite().equals("x")) out.accept(finding(server, List.of(), "upstream site x"));
        }
    }

    @Test void whatAChangeAffectsFollowsWhatTheRulesDeclareTheyRead() {
        Topology t = new PlanBuilder().root("hq").downstreams("d", 3, "hq").build();
        IncrementalValidator plain = new IncrementalValidator(t);
        t.server("hq").setSite("x");
        t.server("d1").setNotes("rack 4");
        assertEquals(Set.of(), plain.pending(), "no registered rule reads a site or notes");
        plain.detach();

        IncrementalValidator withSiteRule = new IncrementalValidator(t, new Validator(List.of(new UpstreamSiteRule())));
        t.server("hq").setSite("y");
        assertEquals(Set.of("d1", "d2", "d3"), withSiteRule.pending(), "the servers that read hq's site as their upstream's");
        t.server("hq").setSite("x");
        withSiteRule.flush();
        assertEquals(3, withSiteRule.findings().total());
    }

    @Test void aLanguageEditRerunsOnlyTheLanguageRulesAndKeepsTheOtherFindings() {
        Topology t = new PlanBuilder().root("hq").downstreams("d", 20, "hq").build();
        CountingRule counting = new CountingRule();
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.add(0, counting);
        Validator validator = new Validator(rules);
        IncrementalValidator v = new IncrementalValidator(t, validator);
        int before = counting.checks;
        t.server("hq").setLanguages(LanguageSelection.of(List.of("de")));
        assertEquals(21, v.pending().size(), "the root and every downstream that compares with its languages");
        v.flush();
        assertEquals(before, counting.checks, "a rule that reads no languages is not re-run");
        assertEquals(20, v.findings().all(t).stream().filter(f -> f.ruleId().equals("LNG-01")).count());
        assertEquals(validator.validate(t), v.findings().all(t), "kept and fresh findings, in rule order");
    }

    @Test void renamingASiblingUpdatesTheClashMessageThatNamesIt() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(at("01:00")))
                .downstream("a", "hq").with(s -> s.setSync(at("02:00")))
                .downstream("b", "hq").with(s -> s.setSync(at("02:05"))).build();
        IncrementalValidator v = new IncrementalValidator(t);
        assertTrue(v.findings().of("a").get(0).message().contains("b" + PlanBuilder.DOMAIN));
        t.server("b").setName("berlin.corp.example.com");
        v.flush();
        assertTrue(v.findings().of("a").get(0).message().contains("berlin.corp.example.com"));
        assertEquals(new Validator().validate(t), v.findings().all(t));
    }

    @Test void removingAServerClearsItsFindingsAndFlagsItsOrphans() {
        Topology t = new PlanBuilder().root("hq").with(s -> {
            s.setClients(200_000);
            s.setSync(at("01:00"));
        }).downstream("a", "hq").with(s -> s.setSync(at("02:00"))).build();
        IncrementalValidator v = new IncrementalValidator(t);
        t.removeServer(t.server("hq"));
        v.flush();
        assertEquals(List.of(), v.findings().of("hq"));
        assertEquals("TOP-02", v.findings().of("a").get(0).ruleId());
        assertEquals(1, v.findings().total());
        t.addServer(new PlanBuilder().root("hq").with(s -> s.setSync(at("01:00"))).build().servers().get(0).copyWithId("hq"));
        v.flush();
        assertEquals(List.of(), v.findings().all(t));
    }

    @Test void closingALoopFlagsEveryMemberAndChangingLimitsRechecksAll() {
        Topology t = new PlanBuilder().root("a").with(s -> s.setSync(at("01:00"))).downstream("b", "a")
                .with(s -> s.setSync(at("02:00"))).downstream("c", "b").with(s -> s.setSync(at("03:00"))).build();
        IncrementalValidator v = new IncrementalValidator(t);
        t.server("a").setUpstreamId("c");
        t.server("a").setSyncFromUpstream(true);
        v.flush();
        for (String id : List.of("a", "b", "c")) assertEquals("TOP-01", v.findings().of(id).get(0).ruleId(), id);
        t.server("a").setSyncFromUpstream(false);
        v.flush();
        assertEquals(0, v.findings().total());
        t.setLimits(new Limits(1000, 1, 2));
        assertEquals(3, v.pending().size());
        v.flush();
        assertEquals(List.of("b/TOP-04", "c/TOP-05"),
                v.findings().all(t).stream().map(f -> f.serverId() + "/" + f.ruleId()).toList());
    }

    @Test void downstreamsClashOnlyWhileTheirUpstreamIsInThePlan() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(at("01:00")))
                .downstream("a", "hq").with(s -> s.setSync(at("02:00")))
                .downstream("b", "hq").with(s -> s.setSync(at("02:05"))).build();
        IncrementalValidator v = new IncrementalValidator(t);
        Server hq = t.server("hq");
        assertEquals(List.of("a/SCH-02", "b/SCH-02"), ruleIds(v, t));
        t.removeServer(hq);
        v.flush();
        assertEquals(List.of("a/TOP-02", "b/TOP-02"), ruleIds(v, t));
        t.addServer(0, hq);
        v.flush();
        assertEquals(List.of("a/SCH-02", "b/SCH-02"), ruleIds(v, t));
    }

    private static List<String> ruleIds(IncrementalValidator v, Topology t) {
        return v.findings().all(t).stream().map(f -> f.serverId() + "/" + f.ruleId()).toList();
    }

    @Test void detachStopsListening() {
        Topology t = new PlanBuilder().root("hq").build();
        IncrementalValidator v = new IncrementalValidator(t);
        v.detach();
        Server hq = t.server("hq");
        hq.setClients(200_000);
        assertEquals(Set.of(), v.pending());
    }
}
