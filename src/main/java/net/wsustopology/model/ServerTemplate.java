package net.wsustopology.model;

/**
 * How the servers a user adds start out: the WSUS version chosen in File > Preferences with that
 * version's own ports, every other setting at its default. The one place a new server is made,
 * for a new plan's root as for the palette and the context menu.
 */
public record ServerTemplate(WsusVersion version) {
    public static final ServerTemplate DEFAULT = new ServerTemplate(ServerSettings.VERSION.defaultValue());

    public Server create(String id, String name) {
        Server s = new Server(id);
        s.setName(name);
        s.setWsusVersion(version);
        s.setHttpPort(version.defaultHttpPort());
        s.setHttpsPort(version.defaultHttpsPort());
        return s;
    }
}
