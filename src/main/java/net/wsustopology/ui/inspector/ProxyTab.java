package net.wsustopology.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Shown;

/**
 * The console's "Proxy Server" tab, rows of the settings table. The password is never part of the
 * plan: the apply script asks for it (or takes -ProxyCredential) and sets it on the server.
 */
final class ProxyTab extends ServerTab {
    private final PlainRows rows = new PlainRows(this, targets);
    private final Label password = new Label("asked by the apply script");

    ProxyTab(EditTargets targets) {
        super(Shown.PROXY, targets);
        setTooltip(new Tooltip("Proxy Server, as in the WSUS console's Update Source and Proxy Server dialog"));
        password.setId("proxy-password");
        password.getStyleClass().add("hint");

        Form form = new Form();
        for (Setting s : ServerSettings.onTab(Shown.PROXY)) {
            // the console asks for the password after the user's domain
            if (s.owner() == ServerSettings.PROXY && s.member().equals("allowBasicAuth")) {
                form.row("Password", password);
                form.hint("The password is never part of the plan: the apply script asks for it and sets it on the server.");
            }
            rows.add(form, s);
        }
        setForm(form);
    }

    @Override protected void show() {
        rows.show();
        password.setDisable(targets.servers().stream().noneMatch(s -> s.getProxy().enabled() && s.getProxy().useCredentials()));
    }
}
