package archfixture.headless.model;

import javafx.scene.Node;

/** A model class that holds a JavaFX node: the headless rule must catch it. */
public class DrawsItself {
    Node node;
}
