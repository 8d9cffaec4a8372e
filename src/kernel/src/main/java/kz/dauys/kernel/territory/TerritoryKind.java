package kz.dauys.kernel.territory;

/** The administrative level of a {@link Territory}. */
public enum TerritoryKind {
    /** An oblast (облыс / область), a top-level region. */
    OBLAST,
    /** A city of republican significance (Astana, Almaty, Shymkent), a top-level region. */
    CITY_REPUBLICAN,
    /** A district of a city (қаладағы аудан / район в городе). */
    CITY_DISTRICT,
    /** A rural district of an oblast (аудан / район). */
    DISTRICT,
    /** A town of oblast significance (облыстық маңызы бар қала / город областного значения). */
    TOWN;

    /** Whether territories of this kind are top-level regions, with no parent. */
    public boolean isRegion() {
        return this == OBLAST || this == CITY_REPUBLICAN;
    }

    /** Whether a territory of this kind may sit directly under one of {@code parent} kind. */
    public boolean fitsUnder(TerritoryKind parent) {
        return switch (this) {
            case OBLAST, CITY_REPUBLICAN -> false;
            case DISTRICT, TOWN -> parent == OBLAST;
            case CITY_DISTRICT -> parent == CITY_REPUBLICAN || parent == TOWN;
        };
    }
}
