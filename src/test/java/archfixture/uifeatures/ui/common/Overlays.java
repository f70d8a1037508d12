package archfixture.uifeatures.ui.common;

/** What a feature may put on the plan view: the way features reach each other's work. */
public interface Overlays { }
