package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Which slides presentation mode shows and in what order: the whole plan; each root's subtree
 * when there are several roots; below a root with several regional hubs (its downstreams that
 * have downstreams of their own) each hub's subtree, a region small enough to read; then the
 * findings in words, language coverage, sync propagation and capacity.
 */
public final class SlideDeck {
    private final List<Slide> slides;

    private SlideDeck(List<Slide> slides) { this.slides = Collections.unmodifiableList(slides); }

    public static SlideDeck of(Topology plan) {
        List<Slide> slides = new ArrayList<>();
        List<Server> roots = plan.roots();
        slides.add(new Slide(Slide.Kind.PLAN, planTitle(plan, roots.size()), null, plan.servers(), plan.servers()));
        for (int r = 0; r < roots.size(); r++) {
            Server root = roots.get(r);
            List<Server> subtree = plan.subtree(root);
            if (roots.size() > 1) {
                slides.add(new Slide(Slide.Kind.ROOT, "Root " + (r + 1) + " of " + roots.size() + ": " + root.label()
                        + "  (" + servers(subtree.size()) + ")", root, subtree, subtree));
            }
            List<Server> hubs = hubsBelow(plan, root);
            if (hubs.size() < 2) continue;
            for (int h = 0; h < hubs.size(); h++) {
                Server hub = hubs.get(h);
                List<Server> region = plan.subtree(hub);
                List<Server> drawn = new ArrayList<>(region);
                drawn.add(0, root);
                slides.add(new Slide(Slide.Kind.HUB, "Region " + (h + 1) + " of " + hubs.size() + " below " + root.label()
                        + ": " + hub.label() + "  (" + servers(region.size()) + ")", hub, region, drawn));
            }
        }
        slides.add(new Slide(Slide.Kind.FINDINGS, "Findings in words", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.LANGUAGES, "Language coverage", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.SYNC, "Sync propagation", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.CAPACITY, "Capacity", null, plan.servers(), List.of()));
        return new SlideDeck(slides);
    }

    /** A root's downstreams that have downstreams of their own, in file order. */
    static List<Server> hubsBelow(Topology plan, Server root) {
        List<Server> hubs = new ArrayList<>();
        for (Server d : plan.downstreams(root)) if (d != root && plan.downstreamCount(d) > 0) hubs.add(d);
        return hubs;
    }

    private static String planTitle(Topology plan, int roots) {
        String name = plan.getName();
        return "Whole plan" + (name == null || name.isBlank() ? "" : ": " + name) + "  (" + servers(plan.size()) + ", "
                + roots + (roots == 1 ? " root)" : " roots)");
    }

    private static String servers(int n) { return n + (n == 1 ? " server" : " servers"); }

    public List<Slide> slides() { return slides; }

    public int size() { return slides.size(); }

    public Slide get(int index) { return slides.get(index); }

    /**
     * Where a talk about {@code server} starts: the most detailed diagram slide showing it among
     * the servers it is about (its region, else its root, else the whole plan); 0 without one.
     */
    public int startAt(Server server) {
        if (server == null) return 0;
        int best = 0;
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            if (s.isDiagram() && s.kind().ordinal() > slides.get(best).kind().ordinal() && s.members().contains(server)) best = i;
        }
        return best;
    }

    /** The index of the first slide of {@code kind}, or -1. */
    public int indexOf(Slide.Kind kind) {
        for (int i = 0; i < slides.size(); i++) if (slides.get(i).kind() == kind) return i;
        return -1;
    }

    /** "3 / 17": the slide number a presenter sees. */
    public String number(int index) { return (index + 1) + " / " + slides.size(); }

}
