package kz.dauys.tally.pabulib;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the pabulib {@code .pb} format with LF line endings. A field holding a semicolon, a quote
 * or a line break is double-quoted.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void write(PabulibFile file, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(file, out);
        }
    }

    public static String toText(PabulibFile file) {
        StringWriter out = new StringWriter();
        try {
            write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(PabulibFile file, Writer out) throws IOException {
        out.write("META\nkey;value\n");
        for (Map.Entry<String, String> e : file.meta().entrySet()) {
            out.write(field(e.getKey()) + ";" + field(e.getValue()) + "\n");
        }
        table(out, "PROJECTS", file.projectColumns(), file.projects());
        table(out, "VOTES", file.voteColumns(), file.votes());
    }

    private static void table(Writer out, String section, List<String> columns, List<Map<String, String>> rows)
            throws IOException {
        out.write(section + "\n");
        out.write(String.join(";", columns.stream().map(PabulibWriter::field).toList()) + "\n");
        StringBuilder line = new StringBuilder();
        for (Map<String, String> row : rows) {
            line.setLength(0);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    line.append(';');
                }
                line.append(field(row.getOrDefault(columns.get(i), "")));
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
