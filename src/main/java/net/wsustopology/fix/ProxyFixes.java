package net.wsustopology.fix;

import java.util.List;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;

/** PRX-01 to PRX-03: a proxy without a name, credentials without a user, basic authentication. */
final class ProxyFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("PRX-01", "PRX-02", "PRX-03"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        Server s = t.server();
        ProxySettings proxy = s.getProxy();
        String name = FixTarget.name(s);
        return switch (t.ruleId()) {
            case "PRX-01" -> List.of(QuickFix.choose(t, "Name the proxy server of " + name + "…", QuickFix.Choice.PROXY_SERVER),
                    set(t, QuickFix.Kind.OPTION, "Turn the proxy off on " + name, "proxy off", proxy.withEnabled(false)));
            case "PRX-02" -> List.of(set(t, QuickFix.Kind.SAFE, "Turn proxy credentials off on " + name, "proxy credentials off",
                            proxy.withUseCredentials(false)),
                    QuickFix.choose(t, "Enter the proxy user of " + name + "…", QuickFix.Choice.PROXY_USER));
            default -> List.of(set(t, QuickFix.Kind.SAFE, "Turn basic authentication off on " + name + "'s proxy",
                    "proxy basic authentication off", proxy.withAllowBasicAuth(false)));
        };
    }

    private static QuickFix set(FixTarget t, QuickFix.Kind kind, String label, String change, ProxySettings next) {
        Server s = t.server();
        return new QuickFix(t.ruleId(), s.id(), s.label(), label, change, kind, QuickFix.Choice.NONE,
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.PROXY, next).build());
    }
}
