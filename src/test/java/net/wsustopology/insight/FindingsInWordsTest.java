package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.validation.IncrementalValidator;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Rules;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class FindingsInWordsTest {
    @Test
    void everyRuleIsSaidInPlainWords() {
        for (Rule r : Rules.all()) assertNotNull(RuleWords.of(r.id()), r.id() + " has no plain sentence for the findings slide");
    }

    @Test
    void eachRuleIsOneLineWorstFirstWithHowManyServersAndTheFirstFewByName() {
        Plans p = new Plans();
        Server hq = p.root("hq", "en");
        Plans.daily(hq, "00:00", 1);
        for (int i = 1; i <= 6; i++) Plans.daily(p.downstream("b" + i, hq, "en"), "02:00", 1);
        Server de = p.downstream("de", hq, "en", "de");
        Plans.daily(de, "05:00", 1);
        IncrementalValidator validator = new IncrementalValidator(p.topology());
        List<FindingsInWords.RuleLine> lines = FindingsInWords.of(validator.findings(), p.topology().servers());

        assertEquals(List.of("LNG-01", "SCH-02"), lines.stream().map(FindingsInWords.RuleLine::ruleId).toList());
        FindingsInWords.RuleLine language = lines.get(0);
        assertEquals(Severity.ERROR, language.severity());
        assertEquals(RuleWords.of("LNG-01"), language.words());
        assertEquals("1 server", language.count());
        assertEquals("de.corp.example.com", language.names());
        FindingsInWords.RuleLine clash = lines.get(1);
        assertEquals("6 servers", clash.count());
        assertEquals("b1.corp.example.com, b2.corp.example.com, b3.corp.example.com, b4.corp.example.com and 2 more", clash.names());
    }

    @Test
    void onlyTheServersAskedAboutCount() {
        Plans p = new Plans();
        Server hq = p.root("hq", "en");
        Plans.daily(hq, "00:00", 1);
        Server de = p.downstream("de", hq, "en", "de");
        Plans.daily(de, "05:00", 1);
        IncrementalValidator validator = new IncrementalValidator(p.topology());
        assertEquals(1, FindingsInWords.of(validator.findings(), List.of(hq, de)).size());
        assertEquals(List.of(), FindingsInWords.of(validator.findings(), List.of(hq)));
    }
}
