package net.wsustopology.model;

/**
 * The console's Proxy Server tab. The password is deliberately absent: it is never stored in a
 * plan, the generated script asks for it.
 */
public record ProxySettings(boolean enabled, String server, int port, boolean useCredentials,
                            String user, String domain, boolean allowBasicAuth) {
    public static final ProxySettings NONE = new ProxySettings(false, "", 80, false, "", "", false);

    public ProxySettings {
        server = server == null ? "" : server;
        user = user == null ? "" : user;
        domain = domain == null ? "" : domain;
    }

    public ProxySettings withEnabled(boolean v) { return new ProxySettings(v, server, port, useCredentials, user, domain, allowBasicAuth); }
    public ProxySettings withServer(String v) { return new ProxySettings(enabled, v, port, useCredentials, user, domain, allowBasicAuth); }
    public ProxySettings withPort(int v) { return new ProxySettings(enabled, server, v, useCredentials, user, domain, allowBasicAuth); }
    public ProxySettings withUseCredentials(boolean v) { return new ProxySettings(enabled, server, port, v, user, domain, allowBasicAuth); }
    public ProxySettings withUser(String v) { return new ProxySettings(enabled, server, port, useCredentials, v, domain, allowBasicAuth); }
    public ProxySettings withDomain(String v) { return new ProxySettings(enabled, server, port, useCredentials, user, v, allowBasicAuth); }
    public ProxySettings withAllowBasicAuth(boolean v) { return new ProxySettings(enabled, server, port, useCredentials, user, domain, v); }

    // written out: the generated record methods are slow until compiled, and loading a big plan
    // compares and hashes a proxy per server (equal settings are shared)
    @Override public boolean equals(Object o) {
        return o instanceof ProxySettings p && enabled == p.enabled && port == p.port && useCredentials == p.useCredentials
                && allowBasicAuth == p.allowBasicAuth && server.equals(p.server) && user.equals(p.user) && domain.equals(p.domain);
    }

    @Override public int hashCode() {
        int h = server.hashCode();
        h = h * 31 + port;
        h = h * 31 + user.hashCode();
        h = h * 31 + domain.hashCode();
        return h * 31 + (enabled ? 1 : 0) + (useCredentials ? 2 : 0) + (allowBasicAuth ? 4 : 0);
    }
}
