package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class LanguageEditLabelTest {
    @Test void aLanguageToggleSaysWhatItDoesInWords() {
        Topology t = new Topology();
        Server ber = new Server("ber");
        ber.setName("wsus-ber.corp.example.com");
        t.addServer(ber);
        Edits edits = new Edits(t);
        Command add = edits.setLanguage(List.of(ber), "ar", true).orElseThrow();
        assertEquals("Add Arabic to the languages of wsus-ber.corp.example.com", add.label());
        add.execute();
        assertTrue(ber.getLanguages().includes("ar"));
        assertTrue(edits.setLanguage(List.of(ber), "ar", true).isEmpty(), "adding it again changes nothing");
        assertEquals("Remove Arabic from the languages of wsus-ber.corp.example.com",
                edits.setLanguage(List.of(ber), "ar", false).orElseThrow().label());
    }
}
