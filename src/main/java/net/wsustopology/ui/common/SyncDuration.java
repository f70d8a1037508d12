package net.wsustopology.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.wsustopology.insight.SyncPropagation;

/**
 * The assumed duration of one synchronization, in minutes, shared by everything in a window
 * that shows propagation delays (the sync propagation view, the inspector, the canvas heat map),
 * so changing it in one place changes it everywhere.
 */
public final class SyncDuration {
    public static final int DEFAULT_MINUTES = SyncPropagation.DEFAULT_DURATION_MINUTES;
    public static final int MAX_MINUTES = 24 * 60;

    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(this, "minutes", DEFAULT_MINUTES) {
        @Override public void set(Integer value) {
            super.set(value == null ? DEFAULT_MINUTES : Math.max(0, Math.min(MAX_MINUTES, value)));
        }
    };

    public ObjectProperty<Integer> minutesProperty() { return minutes; }

    public int minutes() { return minutes.get(); }

    public void setMinutes(int value) { minutes.set(value); }
}
