package net.wsustopology.model;

/**
 * The port decisions of a plan, once: the valid range, how WSUS pairs its HTTPS port with its
 * HTTP port, which port a downstream connects to on its upstream, and whether it uses SSL there.
 * Rules, fixes, edits, the diagram, the scripts and the file writer all ask here.
 */
public final class Ports {
    public static final int MIN = 1;
    public static final int MAX = 65535;
    /** The range as a sentence shows it. */
    public static final String RANGE = MIN + "-" + MAX;

    private Ports() { }

    public static boolean inRange(int port) { return port >= MIN && port <= MAX; }

    /** The HTTPS port WSUS serves beside {@code http}: 443 beside 80, else the HTTP port + 1. */
    public static int pairedHttps(int http) { return http == 80 ? 443 : http + 1; }

    /** True when {@code https} is the port WSUS serves HTTPS on beside {@code http}. */
    public static boolean paired(int http, int https) { return https == pairedHttps(http) || https == http + 1; }

    /** The port a downstream using {@code ssl} (or not) connects to on {@code upstream}: the upstream's port for that protocol. */
    public static int upstreamPort(Server upstream, boolean ssl) { return upstream.listeningPort(ssl); }

    /**
     * The port {@code downstream} connects to on {@code upstream}: its own setting, else the
     * upstream's port for the protocol it chose (SPEC's default); null when it has none and the
     * upstream is not in the plan (then nobody knows the port, and nothing shows one).
     */
    public static Integer sourcePort(Server downstream, Server upstream) {
        Integer own = downstream.getSourcePort();
        if (own != null || upstream == null) return own;
        return upstreamPort(upstream, downstream.isUseSsl());
    }

    /** Whether {@code server}, connected to {@code upstream}, uses SSL: when it already does or the upstream requires it. */
    public static boolean sslUnder(Server server, Server upstream) { return server.isUseSsl() || upstream.isRequireSsl(); }
}
