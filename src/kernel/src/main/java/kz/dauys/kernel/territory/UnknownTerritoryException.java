package kz.dauys.kernel.territory;

/** Thrown when a territory code is not in the {@link TerritoryCatalog}. */
public class UnknownTerritoryException extends RuntimeException {

    private final String code;

    public UnknownTerritoryException(String code) {
        super("unknown territory code: " + code);
        this.code = code;
    }

    /** The code that was looked up. */
    public String code() {
        return code;
    }
}
