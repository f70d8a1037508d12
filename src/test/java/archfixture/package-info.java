/**
 * Planted violations of the layering rules, one small tree per rule, compiled with the tests and
 * imported only by {@code net.wsustopology.architecture.PlantedViolationsTest} (the product's
 * check imports {@code net.wsustopology} without tests, so it never sees them).
 */
package archfixture;
