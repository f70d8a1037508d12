package net.wsustopology.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class UntitledNamesTest {
    @Test void newPlansAreNumberedSoTheirWindowsTellApart() {
        Document first = new Document(new Topology(), null).numberAsUntitled();
        Document second = new Document(new Topology(), null).numberAsUntitled();
        assertTrue(first.displayName().startsWith("Untitled"));
        assertTrue(second.displayName().matches("Untitled [0-9]+"), second.displayName());
        assertNotEquals(first.displayName(), second.displayName());
        assertEquals("plan.wsus.json", new Document(new Topology(), Path.of("plan.wsus.json")).numberAsUntitled().displayName());
    }
}
