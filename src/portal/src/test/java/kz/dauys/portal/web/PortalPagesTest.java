package kz.dauys.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Page logic with test identities: role-aware navigation, readable 403/404 pages, languages. */
@QuarkusTest
class PortalPagesTest {

    @Test
    void anonymousVisitorsReadPublicPagesInTheirLanguage() {
        given().header("Accept-Language", "ru-RU,ru;q=0.9").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"ru\">"), containsString("Перейти к основному содержанию"),
                        containsString("href=\"/login?back="), not(containsString("/moderation\""))));
        given().cookie("dauys-lang", "en").header("Accept-Language", "ru").when().get("/petitions").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
        given().when().get("/").then().statusCode(200).body(containsString("<html lang=\"kk\">"));
    }

    @Test
    void languageSwitchSetsACookieAndGoesBackLocallyOnly() {
        given().redirects().follow(false).when().get("/language/ru?back=/petitions").then().statusCode(303)
                .header("Location", containsString("/petitions")).header("Set-Cookie", containsString("dauys-lang=ru"));
        given().redirects().follow(false).when().get("/language/en?back=https://evil.example/").then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "citizen")
    void aCitizenNeverSeesStaffMenusAndGetsAReadable403() {
        given().header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/me\""), not(containsString("href=\"/moderation\"")),
                        not(containsString("href=\"/official\"")), not(containsString("href=\"/ombudsman-desk\""))));
        given().header("Accept-Language", "en").when().get("/moderation").then().statusCode(403)
                .body(allOf(containsString("You do not have access to this page"), not(containsString("Exception"))));
    }

    @Test
    @TestSecurity(user = "moderator1", roles = "moderator")
    void aModeratorSeesTheModerationMenu() {
        given().header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/moderation\""), not(containsString("href=\"/me\""))));
    }

    @Test
    void unknownPagesAnswerAReadable404() {
        given().header("Accept-Language", "kk").when().get("/no/such/page").then().statusCode(404)
                .body(allOf(containsString("Бет табылмады"), not(containsString("Exception"))));
        given().header("Accept-Language", "en").when().get("/petitions/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void staticAssetsAreServedByThePortal() {
        given().when().get("/static/portal.css").then().statusCode(200).body(containsString(":focus-visible"));
        given().when().get("/static/portal.js").then().statusCode(200).body(containsString("aria"));
    }
}
