package kz.dauys.kernel.territory;

/** Thrown when territory reference data is malformed; the message starts with the line number. */
public class TerritoryDataException extends RuntimeException {

    private final int lineNumber;

    public TerritoryDataException(int lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line of the offending row. */
    public int lineNumber() {
        return lineNumber;
    }
}
