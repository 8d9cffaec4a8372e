package kz.dauys.portal.web;

import io.quarkus.qute.TemplateExtension;
import kz.dauys.contract.LocalizedText;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, dates and translated texts in the page's language, for templates: {@code {p.signatures.num}}. */
@TemplateExtension
public class Formats {

    /** Times are shown in Kazakhstan's time (the whole country uses UTC+5 since 2024). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    static String num(long value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }

    static String num(int value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }

    static String num(java.math.BigDecimal value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale(locale)).format(value);
    }

    static String date(LocalDate value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(locale)).format(value);
    }

    static String date(Instant value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : date(value.atZone(ZONE).toLocalDate(), locale);
    }

    static String dateTime(Instant value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale(locale))
                        .format(value.atZone(ZONE));
    }

    /** A number without grouping (identifiers such as a petition's number). */
    static String str(long value) {
        return Long.toString(value);
    }

    static String num(Long value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : num(value.longValue(), locale);
    }

    static String num(Integer value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : num(value.intValue(), locale);
    }

    /** Machine-readable date for {@code <time datetime>}. */
    static String iso(Instant value) {
        return value == null ? "" : value.toString();
    }

    static String loc(LocalizedText text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return text == null ? "" : text.in(locale(locale).getLanguage());
    }

    /** The language a translated text is actually shown in (for the {@code lang} attribute when it fell back). */
    static String lang(LocalizedText text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        String wanted = locale(locale).getLanguage();
        if (text == null || !blank(switch (wanted) { case "kk" -> text.kk(); case "ru" -> text.ru(); default -> text.en(); })) {
            return wanted;
        }
        return !blank(text.ru()) ? "ru" : !blank(text.kk()) ? "kk" : "en";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A message key for a code: {@code "not-resident".key("eligibility_")} is {@code eligibility_not_resident}. */
    static String key(String code, String prefix) {
        return prefix + (code == null ? "unknown" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
    }

    /** URL-encodes a query value. */
    static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Locale locale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.forLanguageTag("kk") : Locale.forLanguageTag(locale.toString());
    }
}
