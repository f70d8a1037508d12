package net.wsustopology.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import net.wsustopology.insight.Delay;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Shown;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.ui.common.SyncDuration;

/**
 * The console's Synchronization Schedule: manual, or automatic from a first time in UTC; below
 * it, read-only, how long a Microsoft Update release takes at worst to reach the server.
 */
final class ScheduleTab extends ServerTab {
    private final CheckBox automatic = new CheckBox("Synchronize automatically");
    private final CommitField<String> firstSync;
    private final CountSpinner perDay = new CountSpinner("sync-per-day", 1, 24,
            "Enter a number of synchronizations per day (1-24)", n -> change(s -> s.withPerDay(n), "synchronizations per day"));
    private final SyncDuration duration;
    private final Label worstCase = new Label();
    private final Label assumption;

    ScheduleTab(EditTargets targets, SyncDuration duration) {
        super(Shown.SCHEDULE, targets);
        this.duration = duration;
        firstSync = field("first-sync", Parsers.timeOfDay(), v -> change(s -> s.withFirstSyncUtc(v), "first synchronization"));
        automatic.setId("sync-automatic");
        automatic.setOnAction(e -> change(s -> s.withAutomatic(automatic.isSelected()), "synchronization schedule"));

        Form form = new Form();
        form.wide(automatic);
        form.row("First synchronization (HH:MM UTC)", firstSync.node());
        form.row("Synchronizations per day", perDay.node());
        form.hint("WSUS spreads the synchronizations evenly over the day, starting at the first time.");
        form.heading("Propagation");
        worstCase.setId("sync-worst-case");
        worstCase.setWrapText(true);
        worstCase.getStyleClass().add("propagation-delay");
        form.row("Worst case from Microsoft Update", worstCase);
        assumption = form.hint("");
        setForm(form);
        duration.minutesProperty().addListener((obs, old, now) -> refresh());
    }

    /** The worst-case delay line, e.g. "26 h 30 min" or "manual sync: unbounded". */

    private void showWorstCase() {
        assumption.setText("Counts every synchronization on the way as " + Delay.formatMinutes(duration.minutes())
                + " (the duration set under Sync propagation).");
        worstCase.getStyleClass().remove("unbounded");
        if (targets.isMultiple()) {
            worstCase.setText("select a single server");
            return;
        }
        Server server = targets.servers().get(0);
        Delay delay = SyncPropagation.of(document().topology(), duration.minutes()).delay(server);
        worstCase.setText(switch (delay.kind()) {
            case BOUNDED -> delay.describe();
            case MANUAL -> "manual sync: unbounded";
            case INVALID_SCHEDULE -> "invalid schedule: unbounded";
            case DISCONNECTED -> delay.describe();
        });
        if (!delay.isBounded()) worstCase.getStyleClass().add("unbounded");
    }

    private void change(UnaryOperator<SyncSchedule> edit, String what) {
        targets.update(ServerSettings.SYNC, edit, what);
    }

    @Override protected void show() {
        Boolean on = targets.shared(s -> s.getSync().automatic());
        Form.showShared(automatic, on);
        firstSync.show(targets.shared(s -> s.getSync().firstSyncUtc()));
        Integer shared = targets.shared(s -> s.getSync().perDay());
        perDay.show(shared == null ? 1 : shared);
        boolean off = Boolean.FALSE.equals(on);
        firstSync.setDisable(off);
        perDay.setDisable(off);
        if (!targets.isEmpty()) showWorstCase();
    }
}
