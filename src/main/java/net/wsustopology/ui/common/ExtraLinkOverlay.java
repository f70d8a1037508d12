package net.wsustopology.ui.common;

import java.util.List;
import net.wsustopology.diagram.ActualLinkPath;

/** Read-only links that are not the plan's (a comparison's actual links), drawn as {@link ActualLinkPath} runs them. */
public interface ExtraLinkOverlay {
    /** Replaces the links shown with {@code paths}. */
    void show(List<ActualLinkPath> paths);

    /** Removes every link. */
    void clear();
}
