package net.wsustopology.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One property of {@link Server}, described once: its name (also the name of its change events),
 * its default, how to read and write it, what an edit of it is called ("Set <label> of ...") and
 * the file settings it holds. Copy, equality, the inspector's shared values and commands use this
 * description instead of naming each property; {@link ServerSettings#ALL} lists them.
 */
public final class ServerProperty<T> {
    private final String name;
    private final String label;
    private final T defaultValue;
    private final Function<Server, T> getter;
    private final BiConsumer<Server, T> setter;
    private final List<Setting> settings;

    ServerProperty(String name, String label, T defaultValue, Function<Server, T> getter, BiConsumer<Server, T> setter,
                   List<Setting.Builder> settings) {
        this.name = name;
        this.label = label;
        this.defaultValue = defaultValue;
        this.getter = getter;
        this.setter = setter;
        List<Setting> own = new ArrayList<>();
        for (Setting.Builder b : settings) own.add(b.build(this));
        this.settings = List.copyOf(own);
    }

    /** The property's name, as in {@link Server#NAME} and the events of {@link ServerWatcher}. */
    public String name() { return name; }

    /** What an edit of it is called: "HTTP port", "languages". */
    public String label() { return label; }

    /** The value of a server nobody has set it on (a file may leave it out). */
    public T defaultValue() { return defaultValue; }

    public T get(Server s) { return getter.apply(s); }

    /** Sets it; the server's plan is told of the change like any other. */
    public void set(Server s, T value) { setter.accept(s, value); }

    /** The leaf settings of the file this property holds (one, or several for a record such as the proxy). */
    public List<Setting> settings() { return settings; }

    public void copy(Server from, Server to) { set(to, get(from)); }

    public boolean same(Server a, Server b) { return Objects.equals(get(a), get(b)); }

    @Override public String toString() { return name; }
}
