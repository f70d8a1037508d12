package net.wsustopology.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One leaf setting of a server as the file and {@code diff} name it (SPEC: {@code updateSource.port},
 * {@code proxy.server}, {@code languages}...), part of one {@link ServerProperty}, described once:
 * its file path and type, its default, its CSV column, how the inspector shows it and when it
 * applies. The file reader and writer, CSV, {@code diff} and the inspector's plain rows loop over
 * these descriptions ({@link ServerSettings#settings()}).
 */
public final class Setting {
    /** How the file and CSV hold the value; {@link #OWN}: a class of its own reads and writes it (languages, position). */
    public enum Type { BOOLEAN, INTEGER, TEXT, CHOICE, OWN }

    private final String path;
    private final ServerProperty<Object> owner;
    private final boolean deployed;
    private final BiFunction<Topology, Server, Object> value;
    private final Type type;
    private final Function<Object, Object> part;
    private final BiFunction<Object, Object, Object> with;
    private final Function<Server, Object> dependentDefault;
    private final List<String> choices;
    private final List<String> choiceLabels;
    private final String choiceNoun;
    private final String csvColumn;
    private final String label;
    private final Shown shown;
    private final Applies applies;

    @SuppressWarnings("unchecked")
    private Setting(Builder b, ServerProperty<?> owner) {
        this.path = b.path;
        this.owner = (ServerProperty<Object>) owner;
        this.deployed = b.deployed;
        this.value = b.value != null ? b.value : (t, s) -> get(s);
        this.type = b.type;
        this.part = b.part;
        this.with = b.with;
        this.dependentDefault = b.dependentDefault;
        this.choices = b.choices;
        this.choiceLabels = b.choiceLabels;
        this.choiceNoun = b.choiceNoun;
        this.csvColumn = b.csvColumn;
        this.label = b.label != null ? b.label : owner.label();
        this.shown = b.shown;
        this.applies = b.applies;
    }

    /** The member's dotted path in a server object of the file. */
    public String path() { return path; }

    /** The name of the {@link Server} property that holds it. */
    public String property() { return owner.name(); }

    /** The property that holds it. */
    public ServerProperty<?> owner() { return owner; }

    /** The member's name inside its group ("port" of "updateSource.port"), or the path of a top-level member. */
    public String member() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The group object it sits in ("updateSource"), or null for a member of the server object itself. */
    public String group() {
        int dot = path.indexOf('.');
        return dot < 0 ? null : path.substring(0, dot);
    }

    /**
     * True when a real WSUS server has the setting, so {@code diff} compares planned and deployed
     * values of it (false for the plan's own notes: name, site, clients, notes, position).
     */
    public boolean deployed() { return deployed; }

    /**
     * The setting's value for a server of a plan, in a form that compares across files: ports and
     * flags as Integer and Boolean, an upstream by its host name, languages as "all" or the sorted
     * code list, the effective source port (SPEC's defaults applied).
     */
    public BiFunction<Topology, Server, Object> value() { return value; }

    /** The comparable value of this setting of {@code server}, a server of {@code plan}. */
    public Object valueOf(Topology plan, Server server) { return value.apply(plan, server); }

    public Type type() { return type; }

    /** The value as the file holds it: Boolean, Integer (null when absent), String (a choice by its code). */
    public Object get(Server s) { return part.apply(owner.get(s)); }

    /** Its file value inside a value of its property (the proxy's server inside a proxy record...). */
    public Object partOf(Object propertyValue) { return part.apply(propertyValue); }

    /**
     * Sets the value as the file holds it. A choice not among {@link #choices()} throws
     * IllegalArgumentException; readers say so in their own words.
     */
    public void set(Server s, Object fileValue) { owner.set(s, with.apply(owner.get(s), fileValue)); }

    /** The edit of its property's value that sets this setting to {@code fileValue}, for commands. */
    public UnaryOperator<Object> change(Object fileValue) { return old -> with.apply(old, fileValue); }

    /** True when the default depends on other settings (ports by WSUS version): see {@link #applyDefault}. */
    public boolean hasDependentDefault() { return dependentDefault != null; }

    /** Gives {@code s} the default that depends on its other settings (after they are read). */
    public void applyDefault(Server s) { if (dependentDefault != null) set(s, dependentDefault.apply(s)); }

    /** A choice's codes as the file writes them; empty for other types. */
    public List<String> choices() { return choices; }

    /** What the inspector shows for each choice, in the order of {@link #choices()}. */
    public List<String> choiceLabels() { return choiceLabels; }

    /** How a message names a choice: "a WSUS version", or "" when the codes say it. */
    public String choiceNoun() { return choiceNoun; }

    /** The CSV column, or null when a spreadsheet has none (position) or a class of its own writes it. */
    public String csvColumn() { return csvColumn; }

    /** What an edit of it is called ("Set <label> of ..."): "proxy port". */
    public String label() { return label; }

    /** How the inspector shows it. */
    public Shown shown() { return shown; }

    /** When WSUS uses it (the inspector greys it out otherwise, with the reason). */
    public Applies applies() { return applies; }

    @Override public String toString() { return path; }

    static Builder at(String path, Type type) { return new Builder(path, type); }

    /** Collects a setting's description; {@link ServerSettings} completes it with its property. */
    static final class Builder {
        private final String path;
        private final Type type;
        private boolean deployed;
        private BiFunction<Topology, Server, Object> value;
        private Function<Object, Object> part = v -> v;
        private BiFunction<Object, Object, Object> with = (old, v) -> v;
        private Function<Server, Object> dependentDefault;
        private List<String> choices = List.of();
        private List<String> choiceLabels = List.of();
        private String choiceNoun = "";
        private String csvColumn;
        private String label;
        private Shown shown = Shown.NOWHERE;
        private Applies applies = Applies.ALWAYS;

        private Builder(String path, Type type) {
            this.path = path;
            this.type = type;
        }

        String path() { return path; }

        /** {@code diff} compares it, by this value (the file value when null). */
        Builder deployed(BiFunction<Topology, Server, Object> comparable) {
            deployed = true;
            value = comparable;
            return this;
        }

        Builder deployed() { return deployed(null); }

        /** A part of a record-valued property: how to read it from, and put it into, the record. */
        @SuppressWarnings("unchecked")
        <R> Builder part(Function<R, Object> read, BiFunction<R, Object, R> put) {
            part = v -> read.apply((R) v);
            with = (old, v) -> put.apply((R) old, v);
            return this;
        }

        Builder defaultFrom(Function<Server, Object> dependent) {
            dependentDefault = dependent;
            return this;
        }

        Builder choices(String noun, List<String> codes, List<String> labels) {
            choiceNoun = noun;
            choices = List.copyOf(codes);
            choiceLabels = List.copyOf(labels);
            return this;
        }

        Builder csv(String column) {
            csvColumn = column;
            return this;
        }

        Builder label(String name) {
            label = name;
            return this;
        }

        Builder shown(Shown how) {
            shown = how;
            return this;
        }

        Builder appliesWhen(Applies when) {
            applies = when;
            return this;
        }

        Setting build(ServerProperty<?> owner) { return new Setting(this, owner); }
    }
}
