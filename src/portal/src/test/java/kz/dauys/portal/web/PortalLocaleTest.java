package kz.dauys.portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLocaleTest {

    @Test
    void cookieWinsThenAcceptLanguageThenKazakh() {
        assertThat(PortalLocale.resolve("ru", "en-GB,en;q=0.9")).isEqualTo("ru");
        assertThat(PortalLocale.resolve(null, "en-GB,en;q=0.9")).isEqualTo("en");
        assertThat(PortalLocale.resolve(null, "de-DE,de;q=0.9,ru;q=0.8")).isEqualTo("ru");
        assertThat(PortalLocale.resolve("fr", "kk-KZ")).isEqualTo("kk");
        assertThat(PortalLocale.resolve(null, null)).isEqualTo("kk");
        assertThat(PortalLocale.resolve(null, ";;;garbage")).isEqualTo("kk");
    }

    @Test
    void redirectsStayOnTheSite() {
        assertThat(SafeRedirect.local("/petitions/1?x=2")).isEqualTo("/petitions/1?x=2");
        assertThat(SafeRedirect.local("https://evil.example/")).isEqualTo("/");
        assertThat(SafeRedirect.local("//evil.example/")).isEqualTo("/");
        assertThat(SafeRedirect.local("/\\evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.local(null)).isEqualTo("/");
    }

    @Test
    void serviceErrorsBecomeKnownFlashCodes() {
        assertThat(Flash.errorCode(403, "https://dauys.kz/problems/not-resident")).isEqualTo("not-resident");
        assertThat(Flash.errorCode(422, null)).isEqualTo("rejected-input");
        assertThat(Flash.errorCode(503, null)).isEqualTo("unavailable");
        assertThat(Flash.of(null, "<script>")).isNull();
    }
}
