package kz.dauys.assembly.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.dauys.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as the demo users (real Keycloak tokens) and the reference bodies seeded by Flyway. */
public final class Api {

    public static final UUID ALMATY_MASLIKHAT = UUID.fromString("a55e0b1e-0075-4000-8000-000000000075");
    public static final UUID ASTANA_MASLIKHAT = UUID.fromString("a55e0b1e-0071-4000-8000-000000000071");
    public static final UUID TALGAR_MASLIKHAT = UUID.fromString("a55e0b1e-1901-4000-8000-000000001901");
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.accessToken(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    public static Map<String, Object> text(String en) {
        return Map.of("kk", en + " (kk)", "ru", en + " (ru)", "en", en);
    }

    public static Map<String, Object> session(String title, LocalDate date, int minutes) {
        return Map.of("title", text(title), "date", date.toString(), "startTime", "10:00",
                "plannedMinutes", minutes, "place", "Almaty, Republic Square 4, hall 1");
    }

    public static Map<String, Object> item(String title, int minutes) {
        return item(null, title, minutes);
    }

    public static Map<String, Object> item(UUID parentId, String title, int minutes) {
        Map<String, Object> item = new HashMap<>();
        item.put("parentId", parentId == null ? null : parentId.toString());
        item.put("title", text(title));
        item.put("description", text(title + ": details"));
        item.put("durationMinutes", minutes);
        item.put("presenter", "Deputy Sample");
        item.put("documents", List.of(Map.of("title", "Draft decision", "url", "https://example.org/draft.pdf")));
        return item;
    }

    /** Plans a session of the Almaty city maslikhat as its secretary; returns its id. */
    public static UUID planAlmatySession(String title, LocalDate date, int minutes) {
        return UUID.fromString(as("official.almaty").body(session(title, date, minutes))
                .post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID addItem(UUID sessionId, Map<String, Object> item) {
        return UUID.fromString(as("official.almaty").body(item)
                .post("/api/sessions/" + sessionId + "/agenda/items")
                .then().statusCode(201).extract().path("id"));
    }

    public static void moveTo(UUID sessionId, String status) {
        as("official.almaty").body(Map.of("to", status)).post("/api/sessions/" + sessionId + "/transitions")
                .then().statusCode(200);
    }
}
