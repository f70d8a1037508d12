package net.wsustopology.ui.issues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;

/**
 * The rows of the issues table, kept in step with {@link Findings}. After an edit only the rows
 * of the servers whose findings changed are removed or added (unchanged findings keep their row,
 * so the table keeps its selection); a change touching many servers rebuilds the list once.
 */
final class IssueRows {
    /** Above this many changed servers one rebuild is cheaper than many list removals. */
    static final int REBUILD_THRESHOLD = 500;

    private final Topology topology;
    private final Findings findings;
    private final ObservableList<IssueRow> rows = FXCollections.observableArrayList();
    private final Map<String, List<IssueRow>> byServer = new HashMap<>();

    IssueRows(Topology topology, Findings findings) {
        this.topology = topology;
        this.findings = findings;
        rebuild();
    }

    ObservableList<IssueRow> rows() { return rows; }

    void rebuild() {
        byServer.clear();
        List<IssueRow> all = new ArrayList<>(findings.total());
        for (Server s : topology.servers()) {
            List<Finding> list = findings.of(s.id());
            if (list.isEmpty()) continue;
            List<IssueRow> serverRows = new ArrayList<>(list.size());
            for (Finding f : list) serverRows.add(new IssueRow(f, s));
            byServer.put(s.id(), serverRows);
            all.addAll(serverRows);
        }
        rows.setAll(all);
    }

    void update(Set<String> changedServerIds) {
        if (changedServerIds.size() > REBUILD_THRESHOLD) {
            rebuild();
            return;
        }
        Set<IssueRow> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        List<IssueRow> added = new ArrayList<>();
        for (String id : changedServerIds) {
            List<IssueRow> unmatched = new ArrayList<>(byServer.getOrDefault(id, List.of()));
            List<Finding> now = findings.of(id);
            Server server = topology.server(id);
            List<IssueRow> kept = new ArrayList<>(now.size());
            for (Finding f : now) {
                IssueRow row = takeMatching(unmatched, f, server);
                if (row == null) {
                    row = new IssueRow(f, server);
                    added.add(row);
                }
                kept.add(row);
            }
            stale.addAll(unmatched);
            if (kept.isEmpty()) byServer.remove(id);
            else byServer.put(id, kept);
        }
        if (!stale.isEmpty()) rows.removeAll(stale);
        if (!added.isEmpty()) rows.addAll(added);
    }

    /** Removes and returns the row showing {@code f} on {@code server}, or null. */
    private static IssueRow takeMatching(List<IssueRow> rows, Finding f, Server server) {
        for (int i = 0; i < rows.size(); i++) {
            IssueRow row = rows.get(i);
            if (row.finding().equals(f) && row.server() == server) return rows.remove(i);
        }
        return null;
    }
}
