package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.Severity;

/**
 * The findings of a plan as a presenter says them: per rule, worst first and then most servers
 * first, one plain sentence, how many servers and the first few by name.
 */
public final class FindingsInWords {
    /** How many servers a rule's line names before "and N more". */
    public static final int NAMED = 4;

    /** One rule's line: its sentence, then "154 servers: a, b, c, d and 150 more". */
    public record RuleLine(String ruleId, Severity severity, String words, int servers, List<String> firstNames) {
        public RuleLine {
            firstNames = List.copyOf(firstNames);
        }

        /** "154 servers" or "1 server". */
        public String count() { return servers + (servers == 1 ? " server" : " servers"); }

        /** "wsus1.example.com, wsus2.example.com and 152 more". */
        public String names() {
            String named = String.join(", ", firstNames);
            int more = servers - firstNames.size();
            return more > 0 ? named + " and " + more + " more" : named;
        }
    }

    private FindingsInWords() { }

    public static List<RuleLine> of(Findings findings, Collection<Server> servers) {
        Map<String, List<Server>> byRule = new LinkedHashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Server s : servers) {
            for (Finding f : findings.of(s.id())) {
                List<Server> flagged = byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
                if (!flagged.contains(s)) flagged.add(s);
                first.putIfAbsent(f.ruleId(), f);
            }
        }
        List<RuleLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<Server>> e : byRule.entrySet()) {
            Finding f = first.get(e.getKey());
            String words = RuleWords.of(f.ruleId());
            List<Server> flagged = e.getValue();
            List<String> names = flagged.stream().limit(NAMED).map(Server::label).toList();
            lines.add(new RuleLine(f.ruleId(), f.severity(), words == null ? f.message() : words, flagged.size(), names));
        }
        lines.sort(Comparator.comparing(RuleLine::severity).thenComparing(Comparator.comparingInt(RuleLine::servers).reversed())
                .thenComparing(RuleLine::ruleId));
        return lines;
    }
}
