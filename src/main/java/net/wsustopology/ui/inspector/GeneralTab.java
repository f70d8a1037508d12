package net.wsustopology.ui.inspector;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.WsusVersion;

/** Identity, version, the server's own ports, client count and notes. */
final class GeneralTab extends ServerTab {
    private final Label id = new Label();
    private final CommitField<String> name;
    private final CommitField<String> site;
    private final ChoiceBox<WsusVersion> version = new ChoiceBox<>(FXCollections.observableArrayList(WsusVersion.values()));
    private final CommitField<Integer> httpPort;
    private final CommitField<Integer> httpsPort;
    private final CheckBox requireSsl = new CheckBox("Require SSL (clients and downstream servers must use HTTPS)");
    private final CommitField<Integer> clients;
    private final TextArea notes = new TextArea();
    private String shownNotes = "";
    private final ObservedFacts observed;

    GeneralTab(EditTargets targets) {
        super("General", targets);
        name = field("server-name", Parsers.text(), v -> targets.set(ServerSettings.NAME, v));
        site = field("server-site", Parsers.text(), v -> targets.set(ServerSettings.SITE, v));
        httpPort = field("http-port", Parsers.port(),
                v -> targets.set(ServerSettings.HTTP_PORT, v));
        httpsPort = field("https-port", Parsers.port(),
                v -> targets.set(ServerSettings.HTTPS_PORT, v));
        clients = field("clients", Parsers.count(),
                v -> targets.set(ServerSettings.CLIENTS, v));
        id.setId("server-id");
        id.getStyleClass().add("read-only-value");
        version.setId("wsus-version");
        version.setMaxWidth(Double.MAX_VALUE);
        version.setOnAction(e -> {
            if (!refreshing && version.getValue() != null) targets.set(ServerSettings.VERSION, version.getValue());
        });
        requireSsl.setId("require-ssl");
        requireSsl.setOnAction(e -> targets.set(ServerSettings.REQUIRE_SSL, requireSsl.isSelected()));
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commitNotes();
        });

        Form form = new Form();
        form.row("Id", id);
        form.row("Server name", name.node());
        form.row("Site", site.node());
        form.row("WSUS version", version);
        form.heading("This server's ports");
        form.row("HTTP port", httpPort.node());
        form.row("HTTPS port", httpsPort.node());
        form.wide(requireSsl);
        form.row("Clients", clients.node());
        observed = new ObservedFacts(form);
        form.heading("Notes");
        form.wide(notes);
        setForm(form);
    }

    @Override protected void show() {
        boolean multiple = targets.isMultiple();
        id.setText(multiple ? targets.servers().size() + " servers" : targets.shared(Server::id));
        name.show(targets.shared(Server::getName));
        name.setDisable(multiple);
        site.show(targets.shared(Server::getSite));
        version.setValue(targets.shared(Server::getWsusVersion));
        httpPort.show(text(targets.shared(Server::getHttpPort)));
        httpsPort.show(text(targets.shared(Server::getHttpsPort)));
        Form.showShared(requireSsl, targets.shared(Server::isRequireSsl));
        clients.show(text(targets.shared(Server::getClients)));
        observed.show(multiple || targets.servers().isEmpty() ? null : targets.servers().get(0).getObserved());
        String sharedNotes = targets.shared(Server::getNotes);
        shownNotes = sharedNotes == null ? "" : sharedNotes;
        notes.setText(shownNotes);
        notes.setPromptText(sharedNotes == null ? "(different notes)" : "");
    }

    @Override void commitPending() {
        super.commitPending();
        commitNotes();
    }

    private void commitNotes() {
        if (notes.getText().equals(shownNotes)) return;
        shownNotes = notes.getText();
        targets.set(ServerSettings.NOTES, notes.getText());
    }
}
