package net.wsustopology.document;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.wsustopology.command.Command;
import net.wsustopology.command.CommandStack;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerTemplate;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.IncrementalValidator;
import net.wsustopology.validation.Validator;

/**
 * One open plan: the topology, where it lives on disk, its undo history, its live findings
 * and the selection. Every edit goes through {@link #execute(Command)}, which re-checks what
 * the edit can affect before anyone repaints.
 */
public final class Document {
    private static final AtomicInteger UNTITLED = new AtomicInteger();
    private String untitledName = "Untitled";
    private final Topology topology;
    private final CommandStack commands = new CommandStack();
    private final IncrementalValidator validator;
    private final Selection selection = new Selection();
    private final Edits edits;
    private final List<Consumer<Document>> fileListeners = new CopyOnWriteArrayList<>();
    private Path file;
    private boolean modifiedOutsideStack;
    private List<Server> selectionToRestore;
    private Supplier<ServerTemplate> serverTemplate = () -> ServerTemplate.DEFAULT;

    public Document(Topology topology, Path file) { this(topology, file, new Validator()); }

    /** A plan checked by {@code rules} (presentation mode shows a part of a plan with the whole plan's findings). */
    public Document(Topology topology, Path file, Validator rules) {
        this.topology = topology;
        this.file = file;
        this.validator = new IncrementalValidator(topology, rules);
        this.edits = new Edits(topology);
        commands.addListener(stack -> {
            validator.flush();
            if (selectionToRestore != null) {
                List<Server> restore = selectionToRestore;
                selectionToRestore = null;
                restore.removeIf(s -> !topology.contains(s));
                selection.set(restore);
            }
            selection.retain(topology::contains);
        });
    }

    public Topology topology() { return topology; }
    public CommandStack commands() { return commands; }
    public Findings findings() { return validator.findings(); }
    public IncrementalValidator validator() { return validator; }
    public Selection selection() { return selection; }
    public Edits edits() { return edits; }

    /** Where new servers of this plan get their defaults: the user's preferences, once a session opens it. */
    public void useServerTemplate(Supplier<ServerTemplate> template) { serverTemplate = template; }

    /** A new server, not yet in the plan, made as the user's preferences say. */
    public Server newServer(String id, String name) { return serverTemplate.get().create(id, name); }

    /**
     * Executes an edit as one undo step. Undoing it brings
     * back the selection it was made on (undoing a delete selects the servers again), redoing it
     * the selection it left.
     */
    public void execute(Command command) { commands.execute(new KeepsSelection(command, selection.asList())); }

    /** Executes an edit built by {@code Edits}; an empty one (the edit would change nothing) is no undo step. */
    public void execute(Optional<Command> edit) { edit.ifPresent(this::execute); }

    /** An edit together with the selections before and after it, restored once the stack has settled. */
    private final class KeepsSelection implements Command {
        private final Command edit;
        private final List<Server> before;
        private List<Server> after;

        KeepsSelection(Command edit, List<Server> before) {
            this.edit = edit;
            this.before = before;
        }

        @Override public void execute() {
            edit.execute();
            if (after != null) selectionToRestore = new ArrayList<>(after);
        }

        @Override public void undo() {
            after = selection.asList();
            edit.undo();
            selectionToRestore = new ArrayList<>(before);
        }

        @Override public String label() { return edit.label(); }
    }

    public Path file() { return file; }

    public void addFileListener(Consumer<Document> l) { fileListeners.add(l); }

    /** Dirty: unsaved edits, or content that never was in its file (a recovered autosave, an import). */
    public boolean isDirty() { return modifiedOutsideStack || commands.isDirty(); }

    public void markModified() {
        modifiedOutsideStack = true;
        for (Consumer<Document> l : fileListeners) l.accept(this);
    }

    public void markSaved(Path savedTo) {
        modifiedOutsideStack = false;
        this.file = savedTo;
        commands.markSaved();
        for (Consumer<Document> l : fileListeners) l.accept(this);
    }

    /** File name for titles: the file's name, or "Untitled", "Untitled 2"... for a new plan. */
    public String displayName() { return file == null ? untitledName : file.getFileName().toString(); }

    /** Gives this new plan the next "Untitled N" name of this run, so two new plans' windows tell apart. */
    public Document numberAsUntitled() {
        int n = UNTITLED.incrementAndGet();
        untitledName = n == 1 ? "Untitled" : "Untitled " + n;
        return this;
    }
}
