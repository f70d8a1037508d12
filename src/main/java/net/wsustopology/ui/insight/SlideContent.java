package net.wsustopology.ui.insight;

import javafx.scene.Node;
import net.wsustopology.ui.common.PlanDrawing;
import net.wsustopology.ui.common.ReadOnlyPlanView;
import net.wsustopology.ui.common.SyncDuration;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Slide;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;
import java.util.List;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.model.Server;

/**
 * What one slide draws: a diagram slide's servers copied and laid out for the screen on a
 * read-only canvas (with the whole plan's findings), the findings in words, or an insight view.
 */
final class SlideContent {
    /** The read-only canvas fits a little less than the layout's bounds into its area (margins). */
    private static final double FIT_ALLOWANCE = 1.05;

    private final Node node;
    private final ReadOnlyPlanView canvas;
    private final Topology shown;
    private final Runnable dispose;

    private SlideContent(Node node, ReadOnlyPlanView canvas, Topology shown, Runnable dispose) {
        this.node = node;
        this.canvas = canvas;
        this.shown = shown;
        this.dispose = dispose;
    }

    static SlideContent of(Slide slide, Document document, PlanDrawing drawing, double screenAspect, SyncDuration duration) {
        return switch (slide.kind()) {
            case PLAN, ROOT, HUB -> diagram(slide, document, drawing, screenAspect);
            case FINDINGS -> new SlideContent(new FindingsSlide(document.findings(), document.topology()), null, null, () -> { });
            case LANGUAGES -> {
                LanguageGridView v = new LanguageGridView(document, s -> { });
                yield new SlideContent(v, null, null, v::dispose);
            }
            case SYNC -> {
                SyncPropagationView v = new SyncPropagationView(document, s -> { }, duration);
                yield new SlideContent(v, null, null, v::dispose);
            }
            case CAPACITY -> {
                CapacityView v = new CapacityView(document, s -> { });
                yield new SlideContent(v, null, null, v::dispose);
            }
        };
    }

    private static SlideContent diagram(Slide slide, Document document, PlanDrawing drawing, double screenAspect) {
        Topology part = PresentedPart.of(document.topology(), slide.drawn(), p -> layout(p, screenAspect));
        Document partDocument = new Document(part, null, new Validator(List.of(new PlanFindings(document.findings()))));
        ReadOnlyPlanView canvas = drawing.readOnlyView(partDocument);
        return new SlideContent(canvas.node(), canvas, part, () -> { });
    }

    /**
     * How many times too many servers a diagram slide of {@code drawn} holds for its cards to read
     * in a slide area of {@code width} x {@code height}: the square of how far the zoom that fits
     * them falls short of {@link DetailLevel#CARDS_READABLE} (at most 1 when they read).
     */
    static double crowding(Topology plan, List<Server> drawn, double screenAspect, double width, double height) {
        LayoutResult[] placed = new LayoutResult[1];
        PresentedPart.of(plan, drawn, p -> placed[0] = layout(p, screenAspect));
        double shortBy = DetailLevel.CARDS_READABLE * FIT_ALLOWANCE / placed[0].fitZoom(width, height);
        return shortBy * shortBy;
    }

    /** The layout of what is shown: the one place to give it the screen's shape. */
    private static LayoutResult layout(Topology part, double aspect) { return new TreeLayout().layout(part, aspect); }

    Node node() { return node; }

    /** The canvas of a diagram slide, else null. */
    ReadOnlyPlanView canvas() { return canvas; }

    /** The copy of the plan a diagram slide draws, else null. */
    Topology shown() { return shown; }

    void dispose() { dispose.run(); }
}
