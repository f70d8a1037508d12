package net.wsustopology.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;

/** The console's Synchronization Schedule: manual, or automatic from a first time in UTC. */
final class ScheduleTab extends ServerTab {
    private final CheckBox automatic = new CheckBox("Synchronize automatically");
    private final CommitField<String> firstSync;
    private final IntegerSpinnerValueFactory perDayValues = new IntegerSpinnerValueFactory(1, 24, 1);
    private final Spinner<Integer> perDay = new Spinner<>(perDayValues);

    ScheduleTab(EditTargets targets) {
        super("Schedule", targets);
        firstSync = field("first-sync", Parsers.timeOfDay(), v -> change(s -> s.withFirstSyncUtc(v), "first synchronization"));
        automatic.setId("sync-automatic");
        automatic.setOnAction(e -> change(s -> s.withAutomatic(automatic.isSelected()), "synchronization schedule"));
        perDay.setId("sync-per-day");
        perDay.setMaxWidth(Double.MAX_VALUE);
        perDay.valueProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null) change(s -> s.withPerDay(now), "synchronizations per day");
        });

        Form form = new Form();
        form.wide(automatic);
        form.row("First synchronization (HH:MM UTC)", firstSync.node());
        form.row("Synchronizations per day", perDay);
        form.hint("WSUS spreads the synchronizations evenly over the day, starting at the first time.");
        setForm(form);
    }

    private void change(UnaryOperator<SyncSchedule> edit, String what) {
        targets.update(Server::syncProperty, edit, what);
    }

    @Override protected void show() {
        Boolean on = targets.shared(s -> s.getSync().automatic());
        Form.showShared(automatic, on);
        firstSync.show(targets.shared(s -> s.getSync().firstSyncUtc()));
        Integer shared = targets.shared(s -> s.getSync().perDay());
        perDayValues.setValue(shared == null ? 1 : Math.max(1, Math.min(24, shared)));
        boolean off = Boolean.FALSE.equals(on);
        firstSync.setDisable(off);
        perDay.setDisable(off);
    }
}
