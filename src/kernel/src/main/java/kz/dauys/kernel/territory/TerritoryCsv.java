package kz.dauys.kernel.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates the territory CSV: semicolon separated, UTF-8, one header line, lines
 * starting with {@code #} and blank lines ignored. Names never contain semicolons, so there is no
 * quoting.
 */
final class TerritoryCsv {

    static final String HEADER = "code;parent_code;kind;name_kk;name_ru;name_en;population";

    private static final int FIELD_COUNT = 7;
    private static final Pattern REGION_CODE = Pattern.compile("KZ-\\d{2}");
    private static final Pattern SLUG = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");

    private record Row(int line, Territory territory) {
    }

    private TerritoryCsv() {
    }

    /** All territories in file order, validated as a whole. */
    static List<Territory> read(Reader source) {
        List<Row> rows = parseRows(source);
        Map<String, Row> byCode = new HashMap<>();
        for (Row row : rows) {
            Row earlier = byCode.putIfAbsent(row.territory().code(), row);
            if (earlier != null) {
                throw new TerritoryDataException(row.line(),
                        "duplicate code " + row.territory().code() + " (first on line " + earlier.line() + ")");
            }
        }
        for (Row row : rows) {
            checkParent(row, byCode);
        }
        return rows.stream().map(Row::territory).toList();
    }

    private static List<Row> parseRows(Reader source) {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.strip().equals(HEADER)) {
                        throw new TerritoryDataException(lineNumber, "expected the header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(new Row(lineNumber, parseRow(lineNumber, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read territory data", e);
        }
        if (!headerSeen) {
            throw new TerritoryDataException(Math.max(lineNumber, 1), "no header line " + HEADER);
        }
        return rows;
    }

    private static Territory parseRow(int line, String text) {
        String[] fields = text.split(";", -1);
        if (fields.length != FIELD_COUNT) {
            throw new TerritoryDataException(line,
                    "expected " + FIELD_COUNT + " fields separated by ';', got " + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        String code = fields[0];
        String parentCode = fields[1].isEmpty() ? null : fields[1];
        TerritoryKind kind = parseKind(line, fields[2]);
        long population = parsePopulation(line, fields[6]);
        checkCode(line, code, parentCode);
        try {
            return new Territory(code, parentCode, kind, fields[3], fields[4], fields[5], population);
        } catch (IllegalArgumentException e) {
            throw new TerritoryDataException(line, code + ": " + e.getMessage());
        }
    }

    private static TerritoryKind parseKind(int line, String text) {
        try {
            return TerritoryKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new TerritoryDataException(line, "unknown kind '" + text + "'");
        }
    }

    private static long parsePopulation(int line, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TerritoryDataException(line, "population is not a whole number: '" + text + "'");
        }
    }

    private static void checkCode(int line, String code, String parentCode) {
        if (parentCode == null) {
            if (!REGION_CODE.matcher(code).matches()) {
                throw new TerritoryDataException(line, "a region code must look like KZ-75, got '" + code + "'");
            }
            return;
        }
        String prefix = parentCode + "-";
        if (!code.startsWith(prefix) || !SLUG.matcher(code.substring(prefix.length())).matches()) {
            throw new TerritoryDataException(line, "code '" + code + "' must be the parent code " + parentCode
                    + ", a hyphen and an uppercase slug (A-Z, 0-9, _)");
        }
    }

    private static void checkParent(Row row, Map<String, Row> byCode) {
        Territory territory = row.territory();
        if (territory.parentCode() == null) {
            return;
        }
        Row parent = byCode.get(territory.parentCode());
        if (parent == null) {
            throw new TerritoryDataException(row.line(),
                    territory.code() + ": parent " + territory.parentCode() + " does not exist");
        }
        TerritoryKind parentKind = parent.territory().kind();
        if (!territory.kind().fitsUnder(parentKind)) {
            throw new TerritoryDataException(row.line(),
                    territory.code() + ": a " + territory.kind() + " cannot lie under " + territory.parentCode()
                            + " (" + parentKind + ")");
        }
    }
}
