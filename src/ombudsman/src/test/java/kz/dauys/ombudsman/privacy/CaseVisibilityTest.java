package kz.dauys.ombudsman.privacy;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.ombudsman.Api.as;
import static kz.dauys.ombudsman.Api.file;
import static kz.dauys.ombudsman.Api.staffGet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Who sees which case, with real Keycloak tokens: office staff, central administrators, complainants, other roles. */
@QuarkusTest
class CaseVisibilityTest {

    @Test
    void regionalStaffSeeTheirOfficeOnlyAndCentralSeesAll() {
        UUID almaty = file("aigerim", "Akimat of Almaty", "KZ-75", "Almaty case");
        UUID astana = file("olga", "Akimat of Astana", "KZ-71", "Astana case");
        UUID ministry = file("nurlan", "Ministry of Labour and Social Protection", null, "Central body case");

        staffGet("ombudsman.almaty", almaty).statusCode(200);
        staffGet("ombudsman.almaty", astana).statusCode(404).contentType("application/problem+json");
        staffGet("ombudsman.almaty", ministry).statusCode(404);
        staffGet("ombudsman.central", almaty).statusCode(200);
        staffGet("ombudsman.central", astana).statusCode(200).body("summary.office", equalTo("KZ-71"));
        staffGet("ombudsman.central", ministry).statusCode(200).body("summary.office", equalTo("central"));
        staffGet("admin", astana).statusCode(200);

        as("ombudsman.almaty").get("/api/ombudsman/cases?size=200").then().statusCode(200)
                .body("items.office", everyItem(equalTo("KZ-75")))
                .body("items.id", hasItem(almaty.toString()))
                .body("items.id", not(hasItem(astana.toString())));
        as("ombudsman.almaty").get("/api/ombudsman/cases?office=KZ-71").then().statusCode(400);
        as("ombudsman.central").get("/api/ombudsman/cases?size=200").then().statusCode(200)
                .body("items.id", hasItems(almaty.toString(), astana.toString(), ministry.toString()));
        as("ombudsman.central").get("/api/ombudsman/cases?office=KZ-71&size=200").then().statusCode(200)
                .body("items.office", everyItem(equalTo("KZ-71")))
                .body("items.id", hasItem(astana.toString()));

        // Regional staff cannot act on another office's case either.
        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + astana + "/acknowledgement").then().statusCode(404);
    }

    @Test
    void complainantsSeeOnlyTheirOwnCases() {
        UUID mine = file("aigerim", "Akimat of Almaty", "KZ-75", "Mine");
        as("aigerim").get("/api/ombudsman/complaints/" + mine).then().statusCode(200).body("title", equalTo("Mine"));
        as("daniyar").get("/api/ombudsman/complaints/" + mine).then().statusCode(404);
        as("daniyar").get("/api/ombudsman/complaints/" + UUID.randomUUID()).then().statusCode(404);
        as("daniyar").body(Map.of("text", "hello")).post("/api/ombudsman/complaints/" + mine + "/messages").then().statusCode(404);
        as("daniyar").get("/api/ombudsman/complaints?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(mine.toString())));
        as("aigerim").get("/api/ombudsman/complaints?size=100").then().statusCode(200)
                .body("items.id", hasItem(mine.toString()));
    }

    @Test
    void otherRolesAreForbiddenOnStaffEndpoints() {
        UUID id = file("aigerim", "Akimat of Almaty", "KZ-75", "Forbidden check");
        for (String user : List.of("moderator1", "official.almaty", "aigerim")) {
            as(user).get("/api/ombudsman/cases").then().statusCode(403).contentType("application/problem+json");
            as(user).get("/api/ombudsman/cases/" + id).then().statusCode(403);
            as(user).get("/api/ombudsman/statistics").then().statusCode(403);
        }
        io.restassured.RestAssured.given().get("/api/ombudsman/cases").then().statusCode(401);
    }

    @Test
    void everyReadIsLoggedAndOnlyCentralAdministratorsSeeTheLog() {
        UUID id = file("aigerim", "Akimat of Almaty", "KZ-75", "Logged reads");
        staffGet("ombudsman.almaty", id).statusCode(200);
        staffGet("ombudsman.almaty", id).statusCode(200);
        as("aigerim").get("/api/ombudsman/complaints/" + id).then().statusCode(200);
        staffGet("ombudsman.central", id).statusCode(200);

        as("ombudsman.almaty").get("/api/ombudsman/cases/" + id + "/access-log").then().statusCode(403);
        as("ombudsman.central").get("/api/ombudsman/cases/" + id + "/access-log").then().statusCode(200)
                .body("size()", equalTo(4))
                .body("reader", equalTo(List.of("ombudsman.central", "aigerim", "ombudsman.almaty", "ombudsman.almaty")))
                .body("capacity", equalTo(List.of("CENTRAL_ADMINISTRATOR", "COMPLAINANT", "OFFICE_STAFF", "OFFICE_STAFF")));
        as("ombudsman.central").get("/api/ombudsman/access-log?reader=ombudsman.almaty").then().statusCode(200)
                .body("caseId", hasItem(id.toString()));
        as("ombudsman.almaty").get("/api/ombudsman/access-log").then().statusCode(403);
    }
}
