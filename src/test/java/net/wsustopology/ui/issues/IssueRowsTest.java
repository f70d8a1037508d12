package net.wsustopology.ui.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class IssueRowsTest {
    /**
     * A root with 600 downstreams that each ask for a language the root lacks: 600 LNG-01 findings,
     * and, as all 601 servers sync manually (600 siblings cannot start 15 minutes apart in one day), 601 SCH-04.
     */
    private static Document manyFindings() {
        Topology t = new Topology();
        Server root = new Server("root");
        root.setName("root.corp.example.com");
        t.addServer(root);
        for (int i = 0; i < 600; i++) {
            Server s = new Server("d" + i);
            s.setName("d" + i + ".corp.example.com");
            s.setSyncFromUpstream(true);
            s.setUpstreamId("root");
            s.setLanguages(LanguageSelection.of(List.of("en", "fr")));
            t.addServer(s);
        }
        return new Document(t, null);
    }

    @Test
    void anEditChangesOnlyTheRowsOfTheServersItAffects() {
        Document document = manyFindings();
        IssueRows rows = new IssueRows(document.topology(), document.findings());
        document.findings().addListener(rows::update);
        assertEquals(1201, rows.rows().size());
        IssueRow untouched = rows.rows().get(0);
        List<ListChangeListener.Change<? extends IssueRow>> changes = new ArrayList<>();
        rows.rows().addListener((ListChangeListener<IssueRow>) changes::add);

        Server d7 = document.topology().server("d7");
        document.execute(SetValueCommand.of(d7, ServerSettings.LANGUAGES, LanguageSelection.ENGLISH, "fix"));

        assertEquals(1200, rows.rows().size());
        assertTrue(rows.rows().stream().noneMatch(r -> r.server() == d7 && r.finding().ruleId().equals("LNG-01")));
        assertSame(untouched, rows.rows().get(0), "rows of other servers are kept, not rebuilt");
        assertEquals(1, changes.size(), "one list change per edit");

        document.commands().undo();
        assertEquals(1201, rows.rows().size());
        assertTrue(rows.rows().stream().anyMatch(r -> r.server() == d7));
    }

    @Test
    void aChangeOfManyServersRebuildsToTheSameRows() {
        Document document = manyFindings();
        IssueRows rows = new IssueRows(document.topology(), document.findings());
        Set<String> all = new HashSet<>();
        for (Server s : document.topology().servers()) all.add(s.id());
        rows.update(all);
        assertEquals(1201, rows.rows().size());
        assertEquals(document.findings().all(document.topology()), rows.rows().stream().map(IssueRow::finding).toList());
    }
}
