package net.wsustopology.ui.canvas;

import javafx.scene.input.DataFormat;

/** What the palette offers; dragged to the canvas as {@link #FORMAT} holding the constant's name. */
public enum ServerKind {
    ROOT("Root server"), DOWNSTREAM("Downstream server"), REPLICA("Replica server");

    public static final DataFormat FORMAT = new DataFormat("application/x-wsus-server-kind");

    private final String title;

    ServerKind(String title) { this.title = title; }

    public String title() { return title; }
}
