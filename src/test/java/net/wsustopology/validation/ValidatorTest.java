package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    /** The ids of RULES.md in table order. */
    private static final List<String> RULE_IDS = List.of("LNG-01", "LNG-02", "LNG-03", "FAN-01", "FAN-02",
            "TOP-01", "TOP-02", "TOP-03", "TOP-04", "TOP-05", "VER-01", "VER-02", "NET-01", "NET-02", "NET-03",
            "NET-04", "NET-05", "NET-06", "NET-07", "PRX-01", "PRX-02", "PRX-03", "SCH-01", "SCH-02", "SCH-03",
            "CAP-01", "CAP-02");

    /** A hand-written rule that flags every server whose id is in {@code ids}. */
    private record FlagRule(String id, Severity severity, Set<String> ids) implements Rule {
        @Override public List<Reads> reads() { return List.of(); }

        @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
            if (ids.contains(s.id())) out.accept(finding(s, List.of(), id + " on " + s.id()));
        }
    }

    @Test void registersEveryRuleOfRulesMdOnceInTableOrder() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertEquals(RULE_IDS, ids);
        for (String id : RULE_IDS) assertNotNull(Rules.byId(id), id);
        assertEquals(null, Rules.byId("XYZ-99"));
    }

    @Test void aCleanPlanHasNoFindings() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.ALL))
                .downstream("ber", "hq").replica("ber-r", "ber").downstream("par", "hq").build();
        assertEquals(List.of(), new Validator().validate(t));
    }

    @Test void listsFindingsByServerInFileOrderThenByRuleOrder() {
        Rule first = new FlagRule("A-01", Severity.INFO, Set.of("s3", "s1"));
        Rule second = new FlagRule("B-01", Severity.ERROR, Set.of("s1", "s2", "s3"));
        Topology t = new PlanBuilder().root("s3").root("s1").root("s2").build();
        List<String> order = new ArrayList<>();
        for (Finding f : new Validator(List.of(first, second)).validate(t)) order.add(f.serverId() + "/" + f.ruleId());
        assertEquals(List.of("s3/A-01", "s3/B-01", "s1/A-01", "s1/B-01", "s2/B-01"), order);
    }

    @Test void realRulesFollowTheSameOrder() {
        Topology t = new PlanBuilder()
                .root("old").with(s -> { s.setWsusVersion(WsusVersion.V3_SP2); s.setClients(200_000); })
                .downstream("ber", "old").with(s -> {
                    s.setLanguages(LanguageSelection.of(List.of()));
                    s.setSync(new SyncSchedule(true, "7:00", 1));
                }).build();
        List<String> order = new ArrayList<>();
        for (Finding f : new Validator().validate(t)) order.add(f.serverId() + "/" + f.ruleId());
        assertEquals(List.of("old/VER-02", "old/CAP-01", "ber/LNG-02", "ber/VER-01", "ber/SCH-01"), order);
    }

    @Test void checkAppendsOnlyTheFindingsOfOneServer() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setClients(200_000))
                .downstream("ber", "hq").with(s -> s.setClients(200_000)).build();
        List<Finding> out = new ArrayList<>();
        new Validator().check(t.server("ber"), new ValidationContext(t), out);
        assertEquals(1, out.size());
        assertEquals("ber", out.get(0).serverId());
    }

    @Test void everyRuleFlagsOnlyTheServerItChecksAndWritesAFullMessage() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Topology t = new RandomPlans(seed).plan(60);
            ValidationContext ctx = new ValidationContext(t);
            for (Server s : t.servers()) {
                for (Rule rule : Rules.all()) {
                    rule.check(s, ctx, f -> {
                        assertEquals(s.id(), f.serverId(), rule.id());
                        assertEquals(rule.id(), f.ruleId());
                        assertEquals(rule.severity(), f.severity());
                        assertTrue(f.message().length() > 60 && f.message().endsWith("."), f.message());
                        assertTrue(!f.related().contains(s.id()), rule.id() + " lists the flagged server as related");
                        seen.add(f.ruleId());
                    });
                }
            }
        }
        assertEquals(new HashSet<>(RULE_IDS), seen, "random plans should trigger every rule");
    }

    @Test void chainsThatLoopOrDangleHaveNoTierAndNoEffectiveLanguages() {
        Topology t = new PlanBuilder().root("hq").downstream("a", "b").replica("b", "a")
                .replica("c", "b").replica("lost", "gone").downstream("d", "hq").replica("e", "d").build();
        ValidationContext ctx = new ValidationContext(t);
        assertEquals(2, ctx.tier(t.server("d")).getAsInt());
        assertEquals(3, ctx.tier(t.server("e")).getAsInt());
        assertTrue(ctx.tier(t.server("c")).isEmpty());
        assertTrue(ctx.tier(t.server("a")).isEmpty());
        assertTrue(ctx.tier(t.server("lost")).isEmpty());
        assertEquals(LanguageSelection.ENGLISH, ctx.effectiveLanguages(t.server("e")));
        assertEquals(LanguageSelection.ENGLISH, ctx.effectiveLanguages(t.server("b")));
        assertEquals(null, ctx.effectiveLanguages(t.server("lost")));
        t.server("a").setReplica(true);
        ValidationContext fresh = new ValidationContext(t);
        assertEquals(null, fresh.effectiveLanguages(t.server("c")));
        assertEquals(List.of(), fresh.loopOf(t.server("c")));
        assertEquals(List.of("a", "b"), fresh.loopOf(t.server("a")).stream().map(Server::id).toList());
        assertEquals(List.of("b", "a"), fresh.loopOf(t.server("b")).stream().map(Server::id).toList());
    }
}
