package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kz.dauys.petitions.signing.SignCommand;
import kz.dauys.petitions.signing.SignatureBatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Admin endpoints: population corrections and bulk invalidation, with per-role refusals. */
@QuarkusTest
class AdminTest {

    @Inject
    SignatureBatcher batcher;

    @Test
    void populationChangeRethresholdsOnlyUnpublishedPetitions() throws Exception {
        UUID published = approvedAlmatyPetition("Расширить парк Первого Президента");
        long publishedThreshold = Long.parseLong(single("select threshold from petition where id = ?", published));
        UUID draft = createDraft("aigerim", draft("Новые урны на Зелёном базаре", "REGION", "MASLIKHAT", null, "KZ-75"));

        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON).body(Map.of("population", 3_000_000))
                .when().put("/api/admin/territories/KZ-75/population").then().statusCode(403);
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("population", 0))
                .when().put("/api/admin/territories/KZ-75/population").then().statusCode(400);
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("population", 3_000_000))
                .when().put("/api/admin/territories/KZ-75/population").then().statusCode(200)
                .body("territory.population", equalTo(3_000_000));

        assertThat(single("select threshold from petition where id = ?", draft)).isEqualTo("60000");
        assertThat(Long.parseLong(single("select threshold from petition where id = ?", published))).isEqualTo(publishedThreshold);
        given().when().get("/api/petitions/reference/territories/KZ-75/addressees").then().statusCode(200)
                .body("find { it.body == 'AKIMAT' }.threshold", equalTo(30000));
    }

    @Test
    void bulkInvalidationByAddressAndWindowCorrectsCountsExactly() throws Exception {
        UUID id = approvedAlmatyPetition("Запретить грузовики в центре днём");
        for (int i = 0; i < 30; i++) {
            String client = i < 12 ? "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" : "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
            String district = i % 3 == 0 ? "KZ-75-MEDEU" : "KZ-75-BOSTANDYK";
            batcher.submit(new SignCommand(id, "fraud:" + id + ":" + i, "Signer " + i, true, "KZ-75", district, client, "library")).join();
        }
        sign("aigerim", id).statusCode(201);
        assertThat(validRows(id)).isEqualTo(31);

        Map<String, Object> request = Map.of("clientHash", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "from", Instant.now().minusSeconds(3600).toString(), "to", Instant.now().plusSeconds(60).toString(),
                "reason", "Burst of signatures from one address");
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON).body(request)
                .when().post("/api/admin/petitions/" + id + "/signatures/invalidations").then().statusCode(403);
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("reason", "nothing chosen"))
                .when().post("/api/admin/petitions/" + id + "/signatures/invalidations").then().statusCode(400);
        given().auth().oauth2(token("admin")).when().get("/api/admin/petitions/" + id + "/signatures/audit").then().statusCode(200)
                .body("find { it.clientHash == 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }.valid", equalTo(12));

        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(request)
                .when().post("/api/admin/petitions/" + id + "/signatures/invalidations").then().statusCode(200)
                .body("invalidated", equalTo(12));
        assertThat(validRows(id)).isEqualTo(19);
        assertThat(tallyTotal(id)).isEqualTo(19);
        assertThat(territorySum(id)).isEqualTo(19);
        String medeuRows = single("select count(*) from signature where petition_id = ? and status = 'valid' and district = 'KZ-75-MEDEU'", id);
        assertThat(single("select count from petition_territory_tally where petition_id = ? and district = 'KZ-75-MEDEU'", id))
                .isEqualTo(medeuRows);
        // Running the same invalidation again finds nothing more to take off.
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(request)
                .when().post("/api/admin/petitions/" + id + "/signatures/invalidations").then().statusCode(200)
                .body("invalidated", equalTo(0));
        assertThat(tallyTotal(id)).isEqualTo(19);
        given().when().get("/api/petitions/" + id + "/count").then().body("signatures", equalTo(19));
    }
}
