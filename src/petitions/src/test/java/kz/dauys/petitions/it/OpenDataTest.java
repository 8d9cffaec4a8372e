package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The public API: lists, filters, search in every language, counts, CSV and reference data. */
@QuarkusTest
class OpenDataTest {

    @Test
    void onlyListedPetitionsAppearAndFiltersWork() throws Exception {
        UUID hidden = approvedAlmatyPetition("Кошкин дом в сквере Ботанического сада");
        UUID listed = approvedAlmatyPetition("Зимний каток в парке Горького");
        sign("aigerim", listed).statusCode(201);
        sign("daniyar", listed).statusCode(201);
        awaitState(listed, "open");

        given().when().get("/api/petitions?q=каток").then().statusCode(200).body("items.id", hasItem(listed.toString()));
        given().when().get("/api/petitions?q=(en)").then().statusCode(200);
        given().when().get("/api/petitions?q=Горького (en)&level=REGION&territory=KZ-75&state=open&topic=transport")
                .then().statusCode(200).body("items.id", hasItem(listed.toString()))
                .body("items.state", everyItem(equalTo("open")));
        given().when().get("/api/petitions?q=Кошкин").then().statusCode(200).body("items.id", not(hasItem(hidden.toString())));
        given().when().get("/api/petitions?level=CENTRAL").then().body("items.addresseeLevel", everyItem(equalTo("CENTRAL")));
        given().when().get("/api/petitions?state=draft").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/petitions?size=1000").then().statusCode(400);
        given().when().get("/api/petitions?territory=x' or 1=1").then().statusCode(400);

        String csv = given().when().get("/api/petitions/export.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("number,id,state,").contains(listed.toString()).doesNotContain(hidden.toString());
        given().when().get("/api/petitions/" + listed + "/count").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=1")).body("signatures", equalTo(2));
    }

    @Test
    void referenceDataForTheHowItWorksPage() {
        given().when().get("/api/petitions/reference/exclusion-reasons").then().statusCode(200)
                .body("code", hasItems("excluded.courts", "excluded.elections", "excluded.state_language",
                        "excluded.dismissal_of_officials", "excluded.amnesty_pardon"))
                .body("find { it.code == 'excluded.courts' }.title.kk", equalTo("Сот төрелігі"));
        given().when().get("/api/petitions/reference/rules").then().statusCode(200)
                .body("centralThreshold", equalTo(50000)).body("moderationWorkingDays", equalTo(20))
                .body("centralAnswerWorkingDays", equalTo(40)).body("localAnswerWorkingDays", equalTo(20));
        given().when().get("/api/petitions/reference/territories").then().statusCode(200).body("code", hasItems("KZ-75", "KZ-71"));
        given().when().get("/api/petitions/reference/central-bodies").then().statusCode(200).body("code", hasItem("GOVERNMENT"));
        given().when().get("/api/petitions/reference/topics").then().statusCode(200).body("code", hasItem("human_rights"));
        given().when().get("/api/petitions/reference/territories/KZ-99/addressees").then().statusCode(404);
    }
}
