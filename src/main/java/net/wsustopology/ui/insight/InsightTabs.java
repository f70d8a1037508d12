package net.wsustopology.ui.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.FeatureTabs;
import net.wsustopology.ui.common.SyncDuration;

/**
 * The editor's bottom area: the issues list and the planning insights, one tab each. An insight
 * view is built the first time its tab is shown, so opening a plan of thousands of servers
 * costs nothing for views nobody looks at.
 */
public final class InsightTabs extends TabPane implements FeatureTabs {
    public static final int ISSUES = 0;
    public static final int LANGUAGES = 1;
    public static final int SYNC = 2;
    public static final int CAPACITY = 3;

    private final List<Runnable> disposers = new ArrayList<>();
    /** The tabs above by their index constants; a tab shown beside Issues (Drift) does not move them. */
    private final List<Tab> fixed;

    public InsightTabs(Document document, Node issues, Consumer<Server> reveal, SyncDuration duration) {
        getStyleClass().add("insight-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab issuesTab = new Tab("Issues", issues);
        issuesTab.setId("tab-issues");
        getTabs().addAll(issuesTab,
                lazy("Language coverage", "tab-languages", () -> {
                    LanguageGridView v = new LanguageGridView(document, reveal);
                    disposers.add(v::dispose);
                    return v;
                }),
                lazy("Sync propagation", "tab-sync", () -> {
                    SyncPropagationView v = new SyncPropagationView(document, reveal, duration);
                    disposers.add(v::dispose);
                    return v;
                }),
                lazy("Capacity", "tab-capacity", () -> {
                    CapacityView v = new CapacityView(document, reveal);
                    disposers.add(v::dispose);
                    return v;
                }));
        fixed = List.copyOf(getTabs());
    }

    /** Puts {@code tab} right after Issues (or keeps it there) and brings it to the front. */
    @Override public void showBeside(Tab tab) {
        if (!getTabs().contains(tab)) getTabs().add(1, tab);
        getSelectionModel().select(tab);
    }

    @Override public void remove(Tab tab) { getTabs().remove(tab); }

    /** Brings tab {@link #ISSUES}, {@link #LANGUAGES}, {@link #SYNC} or {@link #CAPACITY} to the front. */
    public void showTab(int index) { getSelectionModel().select(fixed.get(index)); }

    /** True once the view of the tab has been built. */
    public boolean isBuilt(int index) { return fixed.get(index).getContent() != null; }

    /** Stops every built view listening to the document (the window is closing). */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    private static Tab lazy(String title, String id, Supplier<Node> view) {
        Tab tab = new Tab(title);
        tab.setId(id);
        InsightImages.addTo(tab, title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) tab.setContent(view.get());
        });
        return tab;
    }
}
