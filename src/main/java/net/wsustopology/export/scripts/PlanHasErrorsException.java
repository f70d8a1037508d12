package net.wsustopology.export.scripts;

import java.util.List;
import net.wsustopology.validation.Finding;

/** Scripts are not written for a plan with error findings unless forced; this carries those findings. */
public final class PlanHasErrorsException extends Exception {
    private final transient List<Finding> errors;

    public PlanHasErrorsException(List<Finding> errors) {
        super("the plan has " + errors.size() + " error finding" + (errors.size() == 1 ? "" : "s")
                + " (first: " + errors.get(0).ruleId() + " on " + errors.get(0).serverId()
                + "); fix them first or force the scripts");
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() { return errors; }
}
