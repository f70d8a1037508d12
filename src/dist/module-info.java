/*
 * The dist profile turns the shaded jar into this one module and links it into the image's runtime
 * (lib/modules). Classes in the runtime image can be archived by AppCDS and the archive stays valid
 * when the image is moved or unzipped elsewhere; an archive of classes from a class path jar is
 * refused as soon as the jar's path or time stamp differs (Java 17 checks both).
 *
 * The requires are what `jdeps --print-module-deps target/wsus-topology.jar` finds; the build checks
 * that they still cover it. Left out: java.compiler (only Error Prone's annotations name it) and
 * jdk.jfr (JavaFX's optional flight recorder events).
 *
 * A named module must declare every service it looks up with ServiceLoader, or the lookup throws:
 * the build adds a `uses` line for each service of BuildDist.SERVICES_LOOKED_UP that the jar holds
 * (Commons Logging, which PDFBox uses). Its training run (validate, export SVG and PDF) and the CI
 * smoke test fail if one is missing.
 */
open module wsus.topology {
    requires java.desktop;
    requires java.logging;
    requires java.prefs;
    requires java.sql;
    requires jdk.unsupported;

    // ControlsFX finds its glyph fonts through the service loader, which a named module must declare
    uses org.controlsfx.glyphfont.GlyphFont;
    provides org.controlsfx.glyphfont.GlyphFont with org.controlsfx.glyphfont.FontAwesome;
}
