package net.wsustopology.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/** The stylesheets of a window: tokens first (dark tokens over them), then the sheets that use them. */
public final class Stylesheets {
    private Stylesheets() { }

    public static List<String> stylesheets(boolean dark) {
        List<String> sheets = new ArrayList<>();
        sheets.add(url("/styles/tokens.css"));
        if (dark) sheets.add(url("/styles/dark.css"));
        sheets.add(url("/styles/app.css"));
        sheets.add(url("/styles/canvas.css"));
        sheets.add(url("/styles/panels.css"));
        return sheets;
    }

    public static void apply(ObservableList<String> target, boolean dark) { target.setAll(stylesheets(dark)); }

    private static String url(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) throw new IllegalStateException("missing stylesheet " + resource);
        return url.toExternalForm();
    }
}
