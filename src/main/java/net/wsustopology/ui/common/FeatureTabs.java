package net.wsustopology.ui.common;

import javafx.scene.control.Tab;

/** The window's bottom tabs as a feature sees them: a tab of its own (Drift) shown beside Issues while it lasts. */
public interface FeatureTabs {
    /** Puts {@code tab} right after Issues (or keeps it there) and brings it to the front. */
    void showBeside(Tab tab);

    /** Takes {@code tab} away again. */
    void remove(Tab tab);
}
