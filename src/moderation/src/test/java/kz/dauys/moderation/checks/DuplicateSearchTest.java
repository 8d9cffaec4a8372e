package kz.dauys.moderation.checks;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.contract.ContentKind;
import kz.dauys.moderation.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.moderation.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Near duplicates of published items of the same kind, by pg_trgm similarity on the real PostgreSQL. */
@QuarkusTest
class DuplicateSearchTest {

    @Test
    void similarSubmissionShowsThePublishedCandidateWithItsScore() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String publishedId = Fixtures.newItemId("bp");
        String title = "Детская площадка во дворе дома " + tag + " по улице Жандосова";
        String body = "Просим установить детскую площадку с горкой и качелями во дворе дома " + tag
                + " по улице Жандосова в Бостандыкском районе, сейчас детям негде играть.";
        Fixtures.approve("moderator1", Fixtures.submit(Fixtures.request(ContentKind.BUDGET_PROPOSAL, publishedId, "aigerim", title, body)));

        UUID nearCase = Fixtures.submit(Fixtures.request(ContentKind.BUDGET_PROPOSAL, Fixtures.newItemId("bp"), "daniyar",
                "Детская площадка во дворе дома " + tag + " на Жандосова",
                "Просим установить детскую площадку с качелями и горкой во дворе дома " + tag
                        + " по улице Жандосова в Бостандыкском районе: детям негде играть."));
        UUID sameAsPetition = Fixtures.submit(Fixtures.request(ContentKind.PETITION, Fixtures.newItemId("pet"), "daniyar", title, body));
        UUID unrelated = Fixtures.submit(Fixtures.request(ContentKind.BUDGET_PROPOSAL, Fixtures.newItemId("bp"), "olga",
                "Освещение набережной " + tag, "Установить фонари вдоль набережной реки Есиль " + tag + "."));

        var finding = given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", nearCase).then().statusCode(200)
                .body("findings.findAll { it.check == 'duplicate' }", hasSize(1))
                .body("findings.find { it.check == 'duplicate' }.candidates[0].itemId", equalTo(publishedId))
                .body("findings.find { it.check == 'duplicate' }.candidates[0].title", equalTo(title))
                .extract().jsonPath();
        double score = finding.getDouble("findings.find { it.check == 'duplicate' }.candidates[0].score");
        String code = finding.getString("findings.find { it.check == 'duplicate' }.code");
        assertThat(score).isBetween(0.45, 1.0);
        assertThat(code).isEqualTo(score >= 0.8 ? "duplicate" : "duplicate.near");

        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", sameAsPetition).then().statusCode(200)
                .body("findings.findAll { it.check == 'duplicate' }", hasSize(0));
        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", unrelated).then().statusCode(200)
                .body("findings.findAll { it.check == 'duplicate' }", hasSize(0));
    }

    @Test
    void identicalTextIsADuplicate() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Светофор на перекрёстке " + tag;
        String body = "Установить светофор на перекрёстке улиц Сатпаева и Манаса " + tag + ", там часто бывают аварии.";
        String first = Fixtures.newItemId("pet");
        Fixtures.approve("moderator1", Fixtures.submit(Fixtures.request(ContentKind.PETITION, first, "olga", title, body)));
        UUID again = Fixtures.submit(Fixtures.request(ContentKind.PETITION, Fixtures.newItemId("pet"), "nurlan", title, body));

        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", again).then().statusCode(200)
                .body("findings.find { it.check == 'duplicate' }.code", equalTo("duplicate"))
                .body("findings.find { it.check == 'duplicate' }.severity", equalTo("HIGH"))
                .body("findings.find { it.check == 'duplicate' }.candidates[0].itemId", equalTo(first))
                .body("findings.find { it.check == 'duplicate' }.candidates[0].score", equalTo(1.0f));
    }
}
