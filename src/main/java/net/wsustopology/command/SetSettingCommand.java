package net.wsustopology.command;

import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;

/**
 * Sets one server property through its description in {@code ServerSettings}; undoes to the value
 * it held when the command first ran.
 */
final class SetSettingCommand<T> implements Command {
    private final Server server;
    private final ServerProperty<T> property;
    private final T newValue;
    private final String label;
    private T oldValue;
    private boolean ran;

    SetSettingCommand(Server server, ServerProperty<T> property, T newValue, String label) {
        this.server = server;
        this.property = property;
        this.newValue = newValue;
        this.label = label;
    }

    @Override public void execute() {
        if (!ran) {
            oldValue = property.get(server);
            ran = true;
        }
        property.set(server, newValue);
    }

    @Override public void undo() { property.set(server, oldValue); }

    @Override public String label() { return label; }
}
