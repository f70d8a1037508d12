package net.wsustopology.ui.shell;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application's icon (src/dist/icon, drawn by DrawIcon.java; also the launchers' icon) on a window. */
final class AppIcon {
    static final String RESOURCE = "/icons/wsus-topology.png";

    private AppIcon() { }

    static void addTo(Stage stage) {
        URL url = AppIcon.class.getResource(RESOURCE);
        if (url == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
        stage.getIcons().setAll(new Image(url.toExternalForm()));
    }
}
