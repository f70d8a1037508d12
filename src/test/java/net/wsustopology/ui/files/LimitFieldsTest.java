package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import net.wsustopology.model.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LimitFieldsTest {
    private LimitFields limits;
    private GridPane grid;

    @Start
    void start(Stage stage) {
        limits = new LimitFields(Limits.DEFAULT);
        grid = new GridPane();
        limits.addTo(grid, 0);
    }

    private TextField field(String id) { return (TextField) grid.lookup("#" + id); }

    private String message() { return ((Label) grid.lookup("#pref-limits-message")).getText(); }

    @Test void lettersAreRefusedWithOneSentenceInsteadOfBecomingTheOldValue() {
        field("pref-max-downstream").setText("abc");
        assertTrue(limits.invalidProperty().get());
        assertEquals("Enter a whole number, 1 or more", message());
        assertTrue(field("pref-max-downstream").getStyleClass().contains("field-error"));
        field("pref-max-downstream").setText("500");
        assertFalse(limits.invalidProperty().get());
        assertEquals(new Limits(500, 3, 5), limits.value());
    }

    @Test void aMaximumBelowTheRecommendedTiersIsRefusedNotRaised() {
        field("pref-max-tiers").setText("1");
        assertTrue(limits.invalidProperty().get(), "a maximum of 1 below the recommended 3 is not silently made 3");
        assertEquals("The recommended number of tiers (3) cannot be more than the maximum (1)", message());
        field("pref-recommended-tiers").setText("1");
        assertEquals(new Limits(1000, 1, 1), limits.value());
        field("pref-recommended-tiers").setText("9");
        field("pref-max-tiers").setText("2");
        assertTrue(limits.invalidProperty().get());
        assertTrue(message().contains("(9) cannot be more than the maximum (2)"), message());
    }

    @Test void zeroIsNoLimit() {
        field("pref-recommended-tiers").setText("0");
        assertEquals("Enter a whole number, 1 or more", message());
    }
}
