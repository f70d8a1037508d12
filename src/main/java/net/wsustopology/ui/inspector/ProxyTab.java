package net.wsustopology.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;

/** The console's "Proxy Server" tab. The password is never part of the plan: it is entered in the WSUS console. */
final class ProxyTab extends ServerTab {
    private final CheckBox enabled = new CheckBox("Use a proxy server when synchronizing");
    private final CommitField<String> server;
    private final CommitField<Integer> port;
    private final CheckBox useCredentials = new CheckBox("Use user credentials to connect to the proxy server");
    private final CommitField<String> user;
    private final CommitField<String> domain;
    private final Label password = new Label("entered in the WSUS console");
    private final CheckBox allowBasicAuth = new CheckBox("Allow basic authentication (password is sent in cleartext)");

    ProxyTab(EditTargets targets) {
        super("Proxy", targets);
        setTooltip(new Tooltip("Proxy Server, as in the WSUS console's Update Source and Proxy Server dialog"));
        server = field("proxy-server", Parsers.text(), v -> change(p -> p.withServer(v), "proxy server"));
        port = field("proxy-port", Parsers.port(), v -> change(p -> p.withPort(v), "proxy port"));
        user = field("proxy-user", Parsers.text(), v -> change(p -> p.withUser(v), "proxy user"));
        domain = field("proxy-domain", Parsers.text(), v -> change(p -> p.withDomain(v), "proxy domain"));
        enabled.setId("proxy-enabled");
        enabled.setOnAction(e -> change(p -> p.withEnabled(enabled.isSelected()), "proxy use"));
        useCredentials.setId("proxy-credentials");
        useCredentials.setOnAction(e -> change(p -> p.withUseCredentials(useCredentials.isSelected()), "proxy credentials"));
        allowBasicAuth.setId("proxy-basic-auth");
        allowBasicAuth.setOnAction(e -> change(p -> p.withAllowBasicAuth(allowBasicAuth.isSelected()), "proxy basic authentication"));
        password.setId("proxy-password");
        password.getStyleClass().add("hint");

        Form form = new Form();
        form.wide(enabled);
        form.row("Proxy server name", server.node());
        form.row("Port number", port.node());
        form.wide(useCredentials);
        form.row("User name", user.node());
        form.row("Domain", domain.node());
        form.row("Password", password);
        form.hint("The password is never part of the plan: the generated script reminds you to enter it in the WSUS console.");
        form.wide(allowBasicAuth);
        setForm(form);
    }

    private void change(UnaryOperator<ProxySettings> edit, String what) {
        targets.update(ServerSettings.PROXY, edit, what);
    }

    @Override protected void show() {
        Boolean on = targets.shared(s -> s.getProxy().enabled());
        Boolean credentials = targets.shared(s -> s.getProxy().useCredentials());
        Form.showShared(enabled, on);
        server.show(targets.shared(s -> s.getProxy().server()));
        port.show(text(targets.shared(s -> s.getProxy().port())));
        Form.showShared(useCredentials, credentials);
        user.show(targets.shared(s -> s.getProxy().user()));
        domain.show(targets.shared(s -> s.getProxy().domain()));
        Form.showShared(allowBasicAuth, targets.shared(s -> s.getProxy().allowBasicAuth()));
        boolean proxyOff = Boolean.FALSE.equals(on);
        boolean credentialsOff = proxyOff || Boolean.FALSE.equals(credentials);
        server.setDisable(proxyOff);
        port.setDisable(proxyOff);
        useCredentials.setDisable(proxyOff);
        user.setDisable(credentialsOff);
        domain.setDisable(credentialsOff);
        password.setDisable(credentialsOff);
        allowBasicAuth.setDisable(credentialsOff);
    }
}
