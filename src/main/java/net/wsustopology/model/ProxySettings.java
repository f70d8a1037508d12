package net.wsustopology.model;

/**
 * The console's Proxy Server tab. The password is deliberately absent: it is never stored in a
 * plan; the generated script tells the administrator to enter it in the WSUS console.
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

}
