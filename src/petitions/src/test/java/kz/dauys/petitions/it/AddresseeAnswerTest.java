package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Only the addressee's officials discuss and answer, each for their own territory; real tokens. */
@QuarkusTest
class AddresseeAnswerTest {

    private static UUID underConsideration(String title) throws Exception {
        UUID id = approvedAlmatyPetition(title);
        execute("update petition set threshold = 1 where id = ?", id);
        sign("aigerim", id).statusCode(201);
        awaitState(id, "under_consideration");
        return id;
    }

    @Test
    void officialOfTheTerritoryRecordsDiscussionAndAnswers() throws Exception {
        UUID id = underConsideration("Продлить работу метро до часу ночи");
        Map<String, Object> discussion = Map.of("heldOn", LocalDate.now().plusDays(3).toString(), "place", "Акимат, зал заседаний");
        Map<String, Object> answer = Map.of("text", Map.of("ru", "Метро будет работать до 00:30 с марта.", "kk", "Метро наурыздан бастап 00:30-ға дейін жұмыс істейді."));

        given().auth().oauth2(token("official.bostandyk")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("official.astana")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(403);
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(403);
        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(403);

        given().auth().oauth2(token("official.almaty")).when().get("/api/official/petitions").then().statusCode(200)
                .body("id", hasItem(id.toString()));
        given().auth().oauth2(token("official.almaty")).contentType(ContentType.JSON).body(discussion)
                .when().post("/api/petitions/" + id + "/discussion").then().statusCode(200)
                .body("discussion.place", equalTo("Акимат, зал заседаний"));
        given().auth().oauth2(token("official.almaty")).contentType(ContentType.JSON).body(Map.of("text", Map.of()))
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(400);
        given().auth().oauth2(token("official.almaty")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(200)
                .body("state", equalTo("answered")).body("answer.text.ru", equalTo("Метро будет работать до 00:30 с марта."))
                .body("answer.overdue", equalTo(false));
        given().auth().oauth2(token("official.almaty")).contentType(ContentType.JSON).body(answer)
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(422);
        var answered = events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.answered.v1");
        assertThat(answered).hasSize(1);
        assertThat(compact(answered.get(0))).contains("\"overdue\":false");
    }

    @Test
    void lateAnswerIsMarkedOverdue() throws Exception {
        UUID id = underConsideration("Установить пандусы в подземных переходах");
        execute("update petition set answer_due_on = ? where id = ?", LocalDate.now().minusDays(2), id);
        given().auth().oauth2(token("official.almaty")).contentType(ContentType.JSON).body(Map.of("text", Map.of("ru", "Пандусы установят.")))
                .when().post("/api/petitions/" + id + "/answer").then().statusCode(200).body("answer.overdue", equalTo(true));
    }
}
