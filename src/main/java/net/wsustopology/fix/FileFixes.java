package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;

/**
 * FIL-01 (files from Microsoft Update need all languages: download all languages, or store files
 * locally), FIL-02 and FIL-03 (update files settings WSUS ignores: clear them).
 */
final class FileFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("FIL-01", "FIL-02", "FIL-03"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        Server s = t.server();
        String name = FixTarget.name(s);
        if (t.ruleId().equals("FIL-01")) {
            String all = "Download updates in all languages on " + name;
            String store = "Store update files locally on " + name;
            return List.of(
                    QuickFix.option(t, all, "languages → all",
                            () -> Labelled.edit(t.edits(), all).set(s, ServerSettings.LANGUAGES, LanguageSelection.ALL).build()),
                    QuickFix.option(t, store, ServerSettings.STORE_LOCALLY.name() + " → true",
                            () -> Labelled.edit(t.edits(), store).set(s, ServerSettings.STORE_LOCALLY, true).build()));
        }
        List<ServerProperty<Boolean>> ignored = new ArrayList<>();
        if (t.ruleId().equals("FIL-02") && ServerSettings.EXPRESS_FILES.get(s)) ignored.add(ServerSettings.EXPRESS_FILES);
        if (ServerSettings.FILES_FROM_MICROSOFT_UPDATE.get(s)) ignored.add(ServerSettings.FILES_FROM_MICROSOFT_UPDATE);
        if (ignored.isEmpty()) return List.of();
        List<String> labels = ignored.stream().map(ServerProperty::label).toList();
        String label = "Clear " + String.join(" and ", labels) + " on " + name;
        List<String> changes = ignored.stream().map(p -> p.name() + " → false").toList();
        return List.of(QuickFix.safe(t, label, String.join(", ", changes), () -> {
            Labelled edit = Labelled.edit(t.edits(), label);
            for (ServerProperty<Boolean> p : ignored) edit.set(s, p, false);
            return edit.build();
        }));
    }
}
