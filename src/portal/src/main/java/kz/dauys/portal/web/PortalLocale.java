package kz.dauys.portal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the {@code dauys-lang} cookie the language switch sets, else the
 * browser's Accept-Language, else Kazakh (the state language).
 */
@RequestScoped
public class PortalLocale {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final Locale locale;

    PortalLocale(HttpServerRequest request, @ConfigProperty(name = "dauys.portal.language-cookie") String cookieName) {
        Cookie cookie = request.getCookie(cookieName);
        this.locale = Locale.forLanguageTag(resolve(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language")));
    }

    /** The language for a cookie value and an Accept-Language header; pure, for tests. */
    public static String resolve(String cookie, String acceptLanguage) {
        if (cookie != null && LANGUAGES.contains(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                    if (LANGUAGES.contains(language) && range.getWeight() > 0) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is ignored, like a missing one.
            }
        }
        return LANGUAGES.getFirst();
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }
}
