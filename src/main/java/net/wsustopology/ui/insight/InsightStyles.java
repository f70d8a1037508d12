package net.wsustopology.ui.insight;

import java.net.URL;
import javafx.scene.Parent;

/** Attaches styles/insight.css; the colour tokens come from the scene's tokens.css. */
final class InsightStyles {
    private static final String SHEET = "/styles/insight.css";

    private InsightStyles() { }

    static void attach(Parent parent) {
        URL url = InsightStyles.class.getResource(SHEET);
        if (url != null) parent.getStylesheets().add(url.toExternalForm());
    }
}
