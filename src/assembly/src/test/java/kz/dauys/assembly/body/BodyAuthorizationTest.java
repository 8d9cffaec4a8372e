package kz.dauys.assembly.body;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.ASTANA_MASLIKHAT;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.text;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Bodies: public reads, administrators create and assign, real Keycloak tokens per role. */
@QuarkusTest
class BodyAuthorizationTest {

    private static Map<String, Object> body(String kind, String territory, Object locality, int seats) {
        var body = new java.util.HashMap<String, Object>();
        body.put("kind", kind);
        body.put("territoryCode", territory);
        body.put("locality", locality);
        body.put("name", text("Test body " + territory));
        body.put("seats", seats);
        return body;
    }

    @Test
    void seededBodiesArePublic() {
        anonymous().get("/api/bodies?territory=KZ-75").then().statusCode(200)
                .body("name.en", hasItem("Almaty City Maslikhat"))
                .body("find { it.id == '" + ALMATY_MASLIKHAT + "' }.secretaryUsername", equalTo("official.almaty"))
                .body("find { it.id == '" + ALMATY_MASLIKHAT + "' }.territoryName.en", equalTo("Almaty"));
        anonymous().get("/api/bodies?kind=COMMUNITY_GATHERING").then().statusCode(200)
                .body("territoryCode", hasItem("KZ-19-TALGAR"))
                .body("locality.ru", hasItem("Бескайнарский сельский округ"));
    }

    @Test
    void onlyAdministratorsCreateBodies() {
        anonymous().body(body("MASLIKHAT", "KZ-19-ENBEKSHIKAZAKH", null, 19)).post("/api/bodies")
                .then().statusCode(401).contentType("application/problem+json");
        as("aigerim").body(body("MASLIKHAT", "KZ-19-ENBEKSHIKAZAKH", null, 19)).post("/api/bodies")
                .then().statusCode(403).contentType("application/problem+json");
        as("official.almaty").body(body("MASLIKHAT", "KZ-19-ENBEKSHIKAZAKH", null, 19)).post("/api/bodies")
                .then().statusCode(403);
    }

    @Test
    void administratorCreatesAndAssignsSecretary() {
        String id = as("admin").body(body("COMMUNITY_GATHERING", "KZ-19-TALGAR",
                        Map.of("kk", "Тұздыбастау ауылдық округі", "ru", "Туздыбастауский сельский округ", "en", "Tuzdybastau Rural District"), 11))
                .post("/api/bodies").then().statusCode(201)
                .body("kind", equalTo("COMMUNITY_GATHERING"))
                .body("seats", equalTo(11))
                .extract().path("id");
        as("admin").body(Map.of("username", "official.almaty")).put("/api/bodies/" + id + "/secretary")
                .then().statusCode(200).body("secretaryUsername", equalTo("official.almaty"));
    }

    @Test
    void badBodiesAreRefusedWithReasons() {
        as("admin").body(body("MASLIKHAT", "KZ-99", null, 10)).post("/api/bodies")
                .then().statusCode(400).body("errors[0].field", equalTo("territoryCode"));
        as("admin").body(body("MASLIKHAT", "KZ-75-BOSTANDYK", null, 10)).post("/api/bodies")
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("no maslikhat of their own"));
        as("admin").body(body("COMMUNITY_GATHERING", "KZ-19-TALGAR", null, 10)).post("/api/bodies")
                .then().statusCode(400).body("errors[0].field", equalTo("locality"));
        as("admin").body(body("MASLIKHAT", "KZ-19-TALGAR", null, 0)).post("/api/bodies")
                .then().statusCode(400);
    }

    @Test
    void membersAreSetByTheSecretaryOnlyOfTheirOwnBody() {
        List<String> members = List.of("Member One", "Member Two", "Member Three");
        as("official.almaty").body(Map.of("members", members)).put("/api/bodies/" + ALMATY_MASLIKHAT + "/members")
                .then().statusCode(200).body("members", hasSize(3));
        as("official.astana").body(Map.of("members", members)).put("/api/bodies/" + ALMATY_MASLIKHAT + "/members")
                .then().statusCode(403).contentType("application/problem+json");
        as("official.bostandyk").body(Map.of("members", members)).put("/api/bodies/" + ALMATY_MASLIKHAT + "/members")
                .then().statusCode(403);
        as("daniyar").body(Map.of("members", members)).put("/api/bodies/" + ASTANA_MASLIKHAT + "/members")
                .then().statusCode(403);
    }
}
