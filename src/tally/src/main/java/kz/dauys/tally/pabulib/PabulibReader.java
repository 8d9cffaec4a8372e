package kz.dauys.tally.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the pabulib {@code .pb} format: sections {@code META}, {@code PROJECTS}, {@code VOTES}, each
 * a semicolon-separated table whose first row is its header. Fields may be double-quoted (a quote
 * inside is doubled). Line endings may be LF or CRLF; a UTF-8 byte order mark is skipped.
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    public static PabulibFile read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static PabulibFile parse(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PabulibFile read(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> projectColumns = null;
        List<Map<String, String>> projects = new ArrayList<>();
        List<String> voteColumns = null;
        List<Map<String, String>> votes = new ArrayList<>();
        String section = null;
        List<String> header = null;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("META") || trimmed.equals("PROJECTS") || trimmed.equals("VOTES")) {
                section = trimmed;
                header = null;
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("line " + number + ": data before the META section");
            }
            List<String> fields = fields(line, number);
            if (header == null) {
                header = fields.stream().map(String::strip).toList();
                if (section.equals("PROJECTS")) {
                    projectColumns = header;
                } else if (section.equals("VOTES")) {
                    voteColumns = header;
                }
                continue;
            }
            if (fields.size() > header.size()) {
                throw new IllegalArgumentException("line " + number + ": " + fields.size() + " fields, header has "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            switch (section) {
                case "META" -> meta.put(fields.get(0).strip(), fields.size() > 1 ? fields.get(1) : "");
                case "PROJECTS" -> projects.add(row);
                default -> votes.add(row);
            }
        }
        if (projectColumns == null) {
            throw new IllegalArgumentException("no PROJECTS section");
        }
        return new PabulibFile(meta, projectColumns, projects,
                voteColumns == null ? List.of("voter_id", "vote") : voteColumns, votes);
    }

    /** Splits one line on semicolons, honouring double quotes. */
    static List<String> fields(String line, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + number + ": unterminated quote");
        }
        out.add(field.toString());
        return out;
    }
}
