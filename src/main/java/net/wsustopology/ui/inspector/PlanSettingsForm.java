package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import net.wsustopology.document.Document;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Topology;

/** What the inspector shows when no server is selected: the plan's name, description and limits. */
final class PlanSettingsForm extends ScrollPane {
    private final Document document;
    private final List<CommitField<?>> fields = new ArrayList<>();
    private final CommitField<String> name;
    private final TextArea description = new TextArea();
    private final CommitField<Integer> maxDownstream;
    private final CommitField<Integer> recommendedTiers;
    private final CommitField<Integer> maxTiers;
    private String shownDescription = "";

    PlanSettingsForm(Document document) {
        this.document = document;
        Topology topology = document.topology();
        name = field(new CommitField<>("plan-name", Parsers.text(),
                v -> document.execute(document.edits().renamePlan(v))));
        maxDownstream = limitField("max-downstream", (l, v) -> new Limits(v, l.recommendedMaxTiers(), l.maxTiers()));
        recommendedTiers = limitField("recommended-tiers", (l, v) -> new Limits(l.maxDownstreamServers(), v, l.maxTiers()));
        maxTiers = limitField("max-tiers", (l, v) -> new Limits(l.maxDownstreamServers(), l.recommendedMaxTiers(), v));
        description.setId("plan-description");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commitDescription();
        });

        Form form = new Form();
        form.row("Plan name", name.node());
        form.heading("Description");
        form.wide(description);
        form.heading("Limits");
        form.row("Downstream servers per upstream (max)", maxDownstream.node());
        form.row("Tiers (recommended)", recommendedTiers.node());
        form.row("Tiers (max)", maxTiers.node());
        form.hint("Select a server on the canvas or in the issues list to edit it.");
        setContent(form);
        setFitToWidth(true);
        getStyleClass().add("inspector-scroll");
    }

    /** A limit's field: refuses a number that would make the limits wrong (Limits.problem) with its sentence. */
    private CommitField<Integer> limitField(String id, BiFunction<Limits, Integer, Limits> with) {
        Function<String, Parsed<Integer>> parser = t -> {
            Parsed<Integer> number = Parsers.positive().apply(t);
            if (!number.isOk()) return number;
            String problem = with.apply(document.topology().getLimits(), number.value()).problem();
            return problem == null ? number : Parsed.fail(problem);
        };
        return field(new CommitField<>(id, parser, v -> setLimits(l -> with.apply(l, v))));
    }

    private <T> CommitField<T> field(CommitField<T> field) {
        fields.add(field);
        return field;
    }

    private void setLimits(UnaryOperator<Limits> change) {
        Topology topology = document.topology();
        document.execute(document.edits().setLimits(change.apply(topology.getLimits())));
    }

    private void commitDescription() {
        if (description.getText().equals(shownDescription)) return;
        shownDescription = description.getText();
        document.execute(document.edits().describePlan(description.getText()));
    }

    void refresh() {
        Topology topology = document.topology();
        Limits limits = topology.getLimits();
        name.show(topology.getName());
        shownDescription = topology.getDescription() == null ? "" : topology.getDescription();
        description.setText(shownDescription);
        maxDownstream.show(Integer.toString(limits.maxDownstreamServers()));
        recommendedTiers.show(Integer.toString(limits.recommendedMaxTiers()));
        maxTiers.show(Integer.toString(limits.maxTiers()));
    }

    void commitPending() {
        for (CommitField<?> f : fields) if (f.isEdited()) f.commit();
        commitDescription();
    }
}
