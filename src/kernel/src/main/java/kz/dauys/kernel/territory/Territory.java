package kz.dauys.kernel.territory;

import java.util.Locale;
import java.util.Objects;

/**
 * One administrative territory of Kazakhstan.
 *
 * <p>Regions carry their ISO 3166-2:KZ code ({@code KZ-75}); every other territory's code is its
 * parent's code, a hyphen and an uppercase ASCII slug of the name ({@code KZ-75-BOSTANDYK}).
 *
 * @param code the unique code
 * @param parentCode the code of the enclosing territory, or {@code null} for a region
 * @param kind the administrative level
 * @param nameKk the name in Kazakh (Cyrillic)
 * @param nameRu the name in Russian
 * @param nameEn the name in English
 * @param population approximate number of residents, always positive
 */
public record Territory(
        String code,
        String parentCode,
        TerritoryKind kind,
        String nameKk,
        String nameRu,
        String nameEn,
        long population) {

    public Territory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        requireText(nameKk, "nameKk");
        requireText(nameRu, "nameRu");
        requireText(nameEn, "nameEn");
        if (kind.isRegion() != (parentCode == null)) {
            throw new IllegalArgumentException(kind.isRegion()
                    ? "a region (" + kind + ") has no parent"
                    : "a " + kind + " needs a parent");
        }
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive, got " + population);
        }
    }

    /** Whether this is a top-level region: an oblast or a city of republican significance. */
    public boolean isRegion() {
        return kind.isRegion();
    }

    /** The name in the language of {@code locale}; see {@link #name(String)}. */
    public String name(Locale locale) {
        return name(locale.getLanguage());
    }

    /**
     * The name in a language given by its ISO 639 code: {@code kk} for Kazakh, {@code ru} for
     * Russian; any other language gets the English name.
     */
    public String name(String languageCode) {
        return switch (languageCode.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
