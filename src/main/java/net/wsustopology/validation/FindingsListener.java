package net.wsustopology.validation;

import java.util.Set;

/** Told once per revalidation which servers' findings may have changed. */
@FunctionalInterface
public interface FindingsListener {
    void findingsChanged(Set<String> serverIds);
}
