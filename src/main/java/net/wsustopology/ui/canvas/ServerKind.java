package net.wsustopology.ui.canvas;

import javafx.scene.input.DataFormat;

/** What the palette offers; dragged to the canvas as {@link #FORMAT} holding the constant's name. */
public enum ServerKind {
    ROOT("Root server", "Root"), DOWNSTREAM("Downstream server", "Downstream"), REPLICA("Replica server", "Replica");

    public static final DataFormat FORMAT = new DataFormat("application/x-wsus-server-kind");

    private final String title;
    private final String shortTitle;

    ServerKind(String title, String shortTitle) {
        this.title = title;
        this.shortTitle = shortTitle;
    }

    public String title() { return title; }

    /** The palette chip's text. */
    public String shortTitle() { return shortTitle; }
}
