package net.wsustopology.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats an export can write, chosen by the output file's extension. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), GRAPHML("graphml"), DOT("dot"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (name.endsWith("." + f.extension)) return Optional.of(f);
        return Optional.empty();
    }

    /** "svg, png, ..." for messages. */
    public static String extensions() {
        StringBuilder sb = new StringBuilder();
        for (ExportFormat f : values()) sb.append(sb.length() == 0 ? "." : ", .").append(f.extension);
        return sb.toString();
    }
}
