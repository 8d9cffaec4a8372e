package kz.dauys.kernel.calendar;

/** Thrown when calendar data is malformed; the message names the source and the line. */
public class CalendarDataException extends RuntimeException {

    private final String source;
    private final int lineNumber;

    public CalendarDataException(String source, int lineNumber, String message) {
        super(source + " line " + lineNumber + ": " + message);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    /** The name of the file or stream the data came from. */
    public String source() {
        return source;
    }

    /** The 1-based line of the offending row. */
    public int lineNumber() {
        return lineNumber;
    }
}
