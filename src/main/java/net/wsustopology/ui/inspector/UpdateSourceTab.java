package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import net.wsustopology.model.Shown;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;

/** The console's "Update Source" tab: where the server synchronizes from, and how. */
final class UpdateSourceTab extends ServerTab {
    private final ToggleGroup source = new ToggleGroup();
    private final RadioButton fromMicrosoft = new RadioButton("Synchronize from Microsoft Update");
    private final RadioButton fromServer = new RadioButton("Synchronize from another Windows Server Update Services server");
    private final UpstreamChooser upstream;
    private final Label upstreamMessage = new Label();
    private final CommitField<Integer> port;
    private final CheckBox useSsl = new CheckBox("Use SSL when synchronizing update information");
    private final CheckBox replica = new CheckBox("This server is a replica of the upstream server");
    /** "Another server" was picked for servers that never had an upstream: waiting for the choice. */
    private boolean choosingUpstream;

    UpdateSourceTab(EditTargets targets) {
        super(Shown.SOURCE, targets);
        setTooltip(new Tooltip("Update Source, as in the WSUS console's Update Source and Proxy Server dialog"));
        upstream = new UpstreamChooser(targets.document().topology());
        port = field("source-port", Parsers.optionalPort(),
                v -> targets.set(ServerSettings.SOURCE_PORT, v));
        fromMicrosoft.setId("source-microsoft");
        fromServer.setId("source-server");
        fromMicrosoft.setToggleGroup(source);
        fromServer.setToggleGroup(source);
        fromMicrosoft.setOnAction(e -> syncFromMicrosoft());
        fromServer.setOnAction(e -> syncFromServer());
        upstream.combo().setOnAction(e -> {
            if (!refreshing && upstream.combo().getValue() != null) connectTo(upstream.combo().getValue());
        });
        upstreamMessage.getStyleClass().add("field-message");
        upstreamMessage.setWrapText(true);
        useSsl.setId("use-ssl");
        useSsl.setOnAction(e -> setUseSsl(useSsl.isSelected()));
        replica.setId("replica");
        replica.setOnAction(e -> targets.set(ServerSettings.REPLICA, replica.isSelected()));

        selectedProperty().addListener((obs, was, selected) -> {
            if (selected && !targets.isEmpty()) refresh();
        });

        Form form = new Form();
        form.wide(fromMicrosoft);
        form.wide(fromServer);
        form.stacked("Server name", new VBox(2, upstream.combo(), upstreamMessage));
        form.row("Port number", port.node());
        form.wide(useSsl);
        form.wide(replica);
        form.hint("A replica takes its approvals, settings and languages from its upstream server.");
        setForm(form);
    }

    @Override protected void show() {
        Boolean fromUpstream = targets.shared(Server::isSyncFromUpstream);
        if (!Boolean.FALSE.equals(fromUpstream)) choosingUpstream = false;
        if (fromUpstream == null) source.selectToggle(null);
        else source.selectToggle(fromUpstream || choosingUpstream ? fromServer : fromMicrosoft);
        // the list of every other server is only built while this tab shows (large plans)
        if (isSelected()) upstream.showChoicesFor(targets.servers());
        String upstreamId = targets.shared(Server::effectiveUpstreamId);
        Topology topology = document().topology();
        upstream.combo().setValue(topology.server(upstreamId));
        boolean dangling = upstreamId != null && topology.server(upstreamId) == null;
        showUpstreamMessage(dangling ? "Syncs from \"" + upstreamId + "\", which is not in the plan: pick a server"
                : choosingUpstream ? "Pick the server to synchronize from" : "", dangling);
        port.show(portText(topology));
        Form.showShared(useSsl, targets.shared(Server::isUseSsl));
        Form.showShared(replica, targets.shared(Server::isReplica));
        boolean downstream = Boolean.TRUE.equals(fromUpstream);
        upstream.combo().setDisable(!downstream && !choosingUpstream && fromUpstream != null);
        port.setDisable(!downstream);
        useSsl.setDisable(!downstream);
        replica.setDisable(!downstream);
    }

    /** The shared port, blank when no port is set anywhere; "(different values)" only when servers differ. */
    private String portText(Topology topology) {
        Integer shared = targets.shared(topology::sourcePort);
        if (shared != null) return shared.toString();
        for (Server s : targets.servers()) if (topology.sourcePort(s) != null) return null;
        return "";
    }

    private void syncFromMicrosoft() {
        choosingUpstream = false;
        document().execute(document().edits().makeRoots(targets.servers()));
        refresh();
    }

    /** Servers that remember an upstream go back to it; the others wait for a pick in the chooser. */
    private void syncFromServer() {
        Topology topology = document().topology();
        List<Server> resuming = new ArrayList<>();
        boolean anyWithout = false;
        for (Server s : targets.servers()) {
            if (s.isSyncFromUpstream()) continue;
            Server remembered = topology.server(s.getUpstreamId());
            if (remembered != null && document().edits().canReparent(s, remembered)) resuming.add(s);
            else anyWithout = true;
        }
        choosingUpstream = anyWithout;
        document().execute(document().edits().resumeUpstream(resuming));
        refresh();
    }

    private void connectTo(Server chosen) {
        for (Server s : targets.servers()) {
            if (!document().edits().canReparent(s, chosen)) {
                refresh();
                showUpstreamMessage(chosen.label() + " synchronizes from " + s.label()
                        + " (directly or through others): syncing " + s.label() + " from it would make a loop", true);
                return;
            }
        }
        choosingUpstream = false;
        document().execute(document().edits().reparentAll(targets.servers(), chosen));
        refresh();
    }

    /** Switching SSL also moves the port to the upstream's HTTPS or HTTP port, in the same step. */
    private void setUseSsl(boolean ssl) {
        document().execute(document().edits().setUseSsl(targets.servers(), ssl));
        refresh();
    }

    private void showUpstreamMessage(String text, boolean error) {
        upstreamMessage.setText(text);
        upstreamMessage.setVisible(!text.isEmpty());
        upstreamMessage.setManaged(!text.isEmpty());
        upstream.combo().getStyleClass().remove(CommitField.ERROR_CLASS);
        upstreamMessage.getStyleClass().remove("field-message-info");
        if (error) upstream.combo().getStyleClass().add(CommitField.ERROR_CLASS);
        else upstreamMessage.getStyleClass().add("field-message-info");
    }

    String upstreamMessage() { return upstreamMessage.getText(); }
}
