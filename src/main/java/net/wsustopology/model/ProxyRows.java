package net.wsustopology.model;

import java.util.function.BiFunction;
import java.util.function.Function;
import net.wsustopology.model.Setting.Type;
import net.wsustopology.model.Shown.Control;

/** The settings of the console's Proxy Server tab, parts of the {@link ProxySettings} record, for {@link ServerSettings}. */
final class ProxyRows {
    private ProxyRows() { }

    static Setting.Builder[] settings(Applies proxyOn, Applies credentialsOn) {
        return new Setting.Builder[] {
            leaf("enabled", Type.BOOLEAN, null, "proxy use", Applies.ALWAYS, ProxySettings::enabled,
                    (p, v) -> p.withEnabled((Boolean) v), "Use a proxy server when synchronizing", Control.CHECK_BOX,
                    "proxy-enabled"),
            leaf("server", Type.TEXT, "proxy_server", "proxy server", proxyOn, ProxySettings::server,
                    (p, v) -> p.withServer((String) v), "Proxy server name", Control.TEXT, "proxy-server"),
            leaf("port", Type.INTEGER, "proxy_port", "proxy port", proxyOn, ProxySettings::port,
                    (p, v) -> p.withPort((Integer) v), "Port number", Control.PORT, "proxy-port"),
            leaf("useCredentials", Type.BOOLEAN, "proxy_use_credentials", "proxy credentials", proxyOn,
                    ProxySettings::useCredentials, (p, v) -> p.withUseCredentials((Boolean) v),
                    "Use user credentials to connect to the proxy server", Control.CHECK_BOX, "proxy-credentials"),
            leaf("user", Type.TEXT, "proxy_user", "proxy user", credentialsOn, ProxySettings::user,
                    (p, v) -> p.withUser((String) v), "User name", Control.TEXT, "proxy-user"),
            leaf("domain", Type.TEXT, "proxy_domain", "proxy domain", credentialsOn, ProxySettings::domain,
                    (p, v) -> p.withDomain((String) v), "Domain", Control.TEXT, "proxy-domain"),
            leaf("allowBasicAuth", Type.BOOLEAN, "proxy_basic_auth", "proxy basic authentication", credentialsOn,
                    ProxySettings::allowBasicAuth, (p, v) -> p.withAllowBasicAuth((Boolean) v),
                    "Allow basic authentication (password is sent in cleartext)", Control.CHECK_BOX, "proxy-basic-auth"),
        };
    }

    private static Setting.Builder leaf(String member, Type type, String csvColumn, String label, Applies applies,
                                        Function<ProxySettings, Object> read, BiFunction<ProxySettings, Object, ProxySettings> put,
                                        String caption, Control control, String id) {
        return Setting.at("proxy." + member, type).deployed().csv(csvColumn).label(label).appliesWhen(applies)
                .part(read, put).shown(ServerSettings.row(Shown.PROXY, "", caption, "", control, id));
    }
}
