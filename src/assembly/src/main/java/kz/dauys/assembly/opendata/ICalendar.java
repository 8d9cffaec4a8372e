package kz.dauys.assembly.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an RFC 5545 iCalendar stream: CRLF line ends, TEXT values escaped, content lines folded so
 * that no line exceeds 75 octets (never inside a UTF-8 sequence).
 */
public final class ICalendar {

    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    public ICalendar begin(String component) {
        return line("BEGIN:" + component);
    }

    public ICalendar end(String component) {
        return line("END:" + component);
    }

    /** A property whose value is written as is (URIs, dates, enumerations). */
    public ICalendar raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT property, escaped. */
    public ICalendar text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    public ICalendar utc(String name, Instant instant) {
        return line(name + ":" + UTC.format(instant));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private ICalendar line(String contentLine) {
        out.append(fold(contentLine)).append("\r\n");
        return this;
    }

    /** Folds a content line: CRLF plus a space before any octet that would pass 75 on its line. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
