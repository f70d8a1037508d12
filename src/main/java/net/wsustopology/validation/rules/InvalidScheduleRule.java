package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** SCH-01: an automatic schedule syncs 1-24 times a day from a valid HH:MM time. */
public final class InvalidScheduleRule implements Rule {
    @Override public String id() { return "SCH-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        SyncSchedule sync = s.getSync();
        if (!sync.automatic() || sync.isValid()) return;
        List<String> problems = new ArrayList<>();
        if (sync.perDay() < 1 || sync.perDay() > 24) problems.add("syncs " + sync.perDay() + " times a day");
        if (sync.firstSyncMinute().isEmpty()) problems.add("starts at \"" + sync.firstSyncUtc() + "\"");
        out.accept(finding(s, List.of(), s.label() + "'s automatic schedule " + String.join(" and ", problems)
                + ", which WSUS does not accept, so it would not synchronize on schedule."
                + " Use 1 to 24 syncs a day and a first sync time written HH:MM (UTC)."));
    }
}
