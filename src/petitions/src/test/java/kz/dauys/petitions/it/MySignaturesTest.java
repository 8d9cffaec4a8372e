package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** "The petitions I signed": found by the signer's keyed IIN hash, newest first, withdrawn ones with their status; per role. */
@QuarkusTest
class MySignaturesTest {

    @Test
    void aSignerSeesThePetitionsSheSignedAndNobodyElseDoes() {
        UUID first = approvedCentralPetition("olga", "Ramps at every bus stop of the capital");
        UUID second = approvedCentralPetition("olga", "Free water fountains in city parks");
        sign("daniyar", first).statusCode(201);
        sign("daniyar", second).statusCode(201);
        given().auth().oauth2(token("daniyar")).delete("/api/petitions/" + first + "/signatures/mine").then().statusCode(200);

        JsonPath page = JsonPath.from(given().auth().oauth2(token("daniyar")).queryParam("size", 100)
                .get("/api/me/signatures").then().statusCode(200).extract().asString());
        List<String> ids = page.getList("items.petition.id");
        assertThat(ids).contains(first.toString(), second.toString());
        assertThat(ids.indexOf(second.toString())).as("newest signature first").isLessThan(ids.indexOf(first.toString()));
        assertThat(page.getString("items.find { it.petition.id == '" + second + "' }.status")).isEqualTo("valid");
        assertThat(page.getString("items.find { it.petition.id == '" + first + "' }.status")).isEqualTo("withdrawn");
        assertThat(page.getString("items.find { it.petition.id == '" + second + "' }.petition.title.ru"))
                .isEqualTo("Free water fountains in city parks");
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.prettify()).doesNotContain("signerHash").doesNotContain("iin");

        List<String> olgas = given().auth().oauth2(token("olga")).queryParam("size", 100).get("/api/me/signatures")
                .then().statusCode(200).extract().path("items.petition.id");
        assertThat(olgas).doesNotContain(first.toString(), second.toString());

        given().get("/api/me/signatures").then().statusCode(401);
        given().auth().oauth2(token("ombudsman.central")).get("/api/me/signatures").then().statusCode(403);
        given().auth().oauth2(token("daniyar")).queryParam("size", 1000).get("/api/me/signatures").then().statusCode(400);
    }
}
