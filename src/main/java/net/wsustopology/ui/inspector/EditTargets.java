package net.wsustopology.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.Setting;

/**
 * The servers the inspector edits (the selection when it was shown) and the way every edit
 * reaches them: one command for all of them, built by Edits and executed through the document.
 */
final class EditTargets {
    private final Document document;
    private List<Server> servers = List.of();

    EditTargets(Document document) { this.document = document; }

    Document document() { return document; }

    void set(List<Server> selected) { servers = List.copyOf(selected); }

    List<Server> servers() { return servers; }

    boolean isEmpty() { return servers.isEmpty(); }

    boolean isMultiple() { return servers.size() > 1; }

    /** The value all targets share, or null when they differ (or nothing is selected). */
    <T> T shared(Function<Server, T> value) {
        if (servers.isEmpty()) return null;
        T first = value.apply(servers.get(0));
        for (Server s : servers) if (!Objects.equals(first, value.apply(s))) return null;
        return first;
    }

    /** The value of {@code property} all targets share, or null when they differ. */
    <T> T shared(ServerProperty<T> property) { return shared(property::get); }

    /** Sets one property of every target that differs, as one undo step. */
    <T> void set(ServerProperty<T> property, T value) { document.execute(document.edits().set(servers, property, value)); }

    /** Sets one setting of the table on every target that differs, as one undo step. */
    void set(Setting setting, Object fileValue) { document.execute(document.edits().set(servers, setting, fileValue)); }

    /** Adds or removes one language on every target, as one undo step. */
    void setLanguage(String code, boolean selected) { document.execute(document.edits().setLanguage(servers, code, selected)); }

    /** Replaces a record-valued property of every target by {@code change} of its own value, as one step. */
    <T> void update(ServerProperty<T> property, UnaryOperator<T> change, String what) {
        document.execute(document.edits().update(servers, property, change, what));
    }
}
