package net.wsustopology.export;

import net.wsustopology.diagram.DiagramScene;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.export.graph.DotExporter;
import net.wsustopology.export.graph.GraphMlExporter;
import net.wsustopology.export.pdf.PdfExporter;
import net.wsustopology.io.csv.CsvExport;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;

/** Writes a plan to a file whose extension picks the format: .png, .svg, .pdf, .graphml, .dot or .csv. */
public final class Exporter {
    private Exporter() { }

    /**
     * Returns the characters no font could draw (shown as boxes; none for the text formats).
     * @throws IllegalArgumentException when the extension names no known format
     */
    public static MissingGlyphs export(Topology topology, List<Finding> findings, Path out, ExportOptions options) throws IOException {
        ExportFormat format = ExportFormat.of(out).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + out.getFileName() + ": use one of " + ExportFormat.extensions()));
        return export(topology, findings, out, format, options);
    }

    public static MissingGlyphs export(Topology topology, List<Finding> findings, Path out, ExportFormat format,
                                       ExportOptions options) throws IOException {
        List<Finding> all = findings == null ? List.of() : findings;
        if (format == ExportFormat.CSV) {
            CsvExport.write(topology, out);
            return new MissingGlyphs();
        }
        double aspect = format == ExportFormat.PDF ? PdfExporter.overviewAspect(options.page()) : TreeLayout.DEFAULT_ASPECT.value();
        LayoutResult layout = new TreeLayout().layout(topology, aspect);
        DiagramScene scene = DiagramScene.of(topology, layout, all);
        TokenColours palette = TokenColours.of(options.theme());
        return switch (format) {
            case PNG -> PngExporter.write(new DiagramRenderer(scene, palette), out, options);
            case SVG -> SvgExporter.write(new DiagramRenderer(scene, palette), out, options);
            case PDF -> PdfExporter.write(scene, all, palette, out, options);
            case GRAPHML -> {
                MissingGlyphs replaced = new MissingGlyphs();
                GraphMlExporter.write(scene, palette, out, replaced);
                yield replaced;
            }
            case DOT -> {
                DotExporter.write(scene, palette, options.titleOr(topology.getName()), out);
                yield new MissingGlyphs();
            }
            default -> throw new IllegalStateException("unhandled format " + format);
        };
    }
}
