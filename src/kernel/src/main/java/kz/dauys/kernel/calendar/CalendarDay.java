package kz.dauys.kernel.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A date with a special status in the working-day calendar, and what it is called.
 *
 * @param date the date
 * @param kind holiday, day off or transferred working day
 * @param nameKk the name in Kazakh
 * @param nameRu the name in Russian
 * @param nameEn the name in English
 */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String nameKk, String nameRu, String nameEn) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        requireText(nameKk, "nameKk");
        requireText(nameRu, "nameRu");
        requireText(nameEn, "nameEn");
    }

    /** Whether this day is worked (only a transferred working day is). */
    public boolean isWorkingDay() {
        return kind.isWorking();
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

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
