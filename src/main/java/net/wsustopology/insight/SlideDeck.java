package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Which slides presentation mode shows and in what order: the whole plan; each root's subtree
 * when there are several roots; below a root with several regional hubs (its downstreams that
 * have downstreams of their own) each hub's subtree, a region small enough to read (a hub with
 * too many branches to read on one slide gets a slide for each part of them); then the findings
 * in words, language coverage, sync propagation and capacity.
 */
public final class SlideDeck {
    private final List<Slide> slides;

    private SlideDeck(List<Slide> slides) { this.slides = Collections.unmodifiableList(slides); }

    /** The most slides one hub's branches are spread over. */
    static final int MOST_PARTS = 12;

    /** The deck with every region on one slide. */
    public static SlideDeck of(Topology plan) { return of(plan, drawn -> 1); }

    /**
     * The deck for a screen: {@code crowding} tells how many times too many servers a slide that
     * draws them holds to read (at most 1 when they read), and a region that does not read on one
     * slide is spread over as many as it needs, its hub's downstreams (with their subtrees) split
     * in runs of the file's order.
     */
    public static SlideDeck of(Topology plan, ToDoubleFunction<List<Server>> crowding) {
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
                String title = "Region " + (h + 1) + " of " + hubs.size() + " below " + root.label() + ": " + hub.label()
                        + "  (" + servers(region.size()) + ")";
                List<List<Server>> parts = parts(plan, root, hub, crowding);
                for (int i = 0; i < parts.size(); i++) {
                    List<Server> part = parts.get(i);
                    List<Server> drawn = new ArrayList<>(part);
                    drawn.add(0, root);
                    String numbered = parts.size() == 1 ? title : title + ", part " + (i + 1) + " of " + parts.size();
                    slides.add(new Slide(Slide.Kind.HUB, numbered, hub, parts.size() == 1 ? region : part, drawn));
                }
            }
        }
        slides.add(new Slide(Slide.Kind.FINDINGS, "Findings in words", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.LANGUAGES, "Language coverage", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.SYNC, "Sync propagation", null, plan.servers(), List.of()));
        slides.add(new Slide(Slide.Kind.CAPACITY, "Capacity", null, plan.servers(), List.of()));
        return new SlideDeck(slides);
    }

    /**
     * The hub's region as the parts that each read on a slide: the hub with a run of its
     * downstreams and their subtrees. The first count of parts tried is the one the whole
     * region's crowding asks for; the region is spread further until every part reads.
     */
    private static List<List<Server>> parts(Topology plan, Server root, Server hub, ToDoubleFunction<List<Server>> crowding) {
        List<Server> region = plan.subtree(hub);
        List<Server> drawn = new ArrayList<>(region);
        drawn.add(0, root);
        double crowded = crowding.applyAsDouble(drawn);
        List<Server> below = new ArrayList<>();
        for (Server d : plan.downstreams(hub)) if (d != hub) below.add(d);
        if (crowded <= 1 || below.size() < 2) return List.of(region);
        List<List<Server>> parts = List.of(region);
        for (int n = Math.max(2, (int) Math.floor(crowded)); n <= Math.min(MOST_PARTS, below.size()); n++) {
            parts = split(plan, hub, below, n);
            boolean allRead = true;
            for (List<Server> part : parts) {
                List<Server> partDrawn = new ArrayList<>(part);
                partDrawn.add(0, root);
                if (crowding.applyAsDouble(partDrawn) > 1) {
                    allRead = false;
                    break;
                }
            }
            if (allRead) break;
        }
        return parts;
    }

    /** The hub with each of {@code n} runs of its downstreams {@code below}, as even in count as they go. */
    private static List<List<Server>> split(Topology plan, Server hub, List<Server> below, int n) {
        List<List<Server>> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Server> part = new ArrayList<>();
            part.add(hub);
            for (Server d : below.subList(i * below.size() / n, (i + 1) * below.size() / n)) part.addAll(plan.subtree(d));
            parts.add(part);
        }
        return parts;
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
