package kz.dauys.budget.results;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static kz.dauys.budget.support.BudgetFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Real past votes replayed through the REST API reproduce their official outcomes. */
@QuarkusTest
class PabulibReplayTest {

    @Test
    void warsawAninGreedyOutcomeEqualsTheFilesSelectedColumn() throws IOException {
        JsonPath replay = as("official.bostandyk").contentType("text/plain; charset=UTF-8")
                .body(resource("pabulib/Poland_Warszawa_2017_Anin.pb"))
                .post("/api/budget/replays").then().statusCode(201).extract().jsonPath();
        assertThat(replay.getString("rule")).isEqualTo("greedy");
        assertThat(replay.getInt("ballots")).isEqualTo(510);
        assertThat(replay.getList("selectedInFile", String.class)).isNotEmpty();
        assertThat(replay.getList("fundedNow", String.class))
                .containsExactlyInAnyOrderElementsOf(replay.getList("selectedInFile", String.class));
        assertThat(replay.getBoolean("matchesFile")).isTrue();

        String cycle = replay.getString("cycleId");
        given().get("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("replay", equalTo(true)).body("territory.code", equalTo("KZ-75-BOSTANDYK"))
                .body("budget", equalTo(122468));
        given().get("/api/budget/cycles/" + cycle + "/results").then().statusCode(200)
                .body("ballots.imported", equalTo(510))
                .body("chosen.rule", equalTo("GREEDY"))
                .body("projects[0].why.kind", equalTo("greedy"));
    }

    @Test
    void warsawMiedzylesieGreedyOutcomeEqualsTheFilesSelectedColumn() throws IOException {
        JsonPath replay = as("official.almaty").contentType("text/plain; charset=UTF-8")
                .queryParam("territory", "KZ-75-MEDEU")
                .body(resource("pabulib/Poland_Warszawa_2019_Miedzylesie.pb"))
                .post("/api/budget/replays").then().statusCode(201).extract().jsonPath();
        assertThat(replay.getString("rule")).isEqualTo("greedy");
        assertThat(replay.getList("fundedNow", String.class))
                .containsExactlyInAnyOrderElementsOf(replay.getList("selectedInFile", String.class));
        assertThat(replay.getBoolean("matchesFile")).isTrue();
    }

    @Test
    void assenEqualSharesOutcomeEqualsTheFileAndSurvivesExportAndReimport() throws IOException {
        JsonPath replay = as("admin").contentType("text/plain; charset=UTF-8")
                .queryParam("territory", "KZ-71")
                .body(resource("pabulib/Netherlands_Assen_2024.pb"))
                .post("/api/budget/replays").then().statusCode(201).extract().jsonPath();
        assertThat(replay.getString("rule")).isEqualTo("equalshares/add1");
        assertThat(replay.getList("fundedNow", String.class))
                .containsExactlyInAnyOrderElementsOf(replay.getList("selectedInFile", String.class));
        assertThat(replay.getBoolean("matchesFile")).isTrue();
        String cycle = replay.getString("cycleId");
        JsonPath results = given().get("/api/budget/cycles/" + cycle + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getString("chosen.perVoterBudget")).isNotNull();
        List<String> kinds = results.getList("projects.why.kind", String.class);
        assertThat(kinds).contains("equal-shares-purchase");
        String bought = "projects.find { it.why.kind == 'equal-shares-purchase' }.why";
        assertThat(results.getString(bought + ".paymentPerSupporter")).isNotBlank();
        assertThat(results.getLong(bought + ".supporters")).isPositive();

        String exported = given().get("/api/budget/cycles/" + cycle + "/results/pabulib").then().statusCode(200)
                .body(containsString("PROJECTS")).body(containsString("VOTES")).extract().asString();
        JsonPath again = as("admin").contentType("text/plain; charset=UTF-8").queryParam("territory", "KZ-71")
                .queryParam("rule", "equalshares/add1").body(exported)
                .post("/api/budget/replays").then().statusCode(201).extract().jsonPath();
        assertThat(again.getList("fundedNow", String.class))
                .containsExactlyInAnyOrderElementsOf(replay.getList("fundedNow", String.class));
        assertThat(again.getBoolean("matchesFile")).isTrue();
    }

    @Test
    void onlyOfficialsOfTheTerritoryOrAdminsImport() throws IOException {
        String file = resource("pabulib/Poland_Warszawa_2017_Anin.pb");
        as("aigerim").contentType("text/plain").body(file).post("/api/budget/replays").then().statusCode(403);
        as("official.astana").contentType("text/plain").queryParam("territory", "KZ-75-BOSTANDYK").body(file)
                .post("/api/budget/replays").then().statusCode(403);
        as("admin").contentType("text/plain").body(file).post("/api/budget/replays").then().statusCode(400)
                .body("errors[0].field", equalTo("territory"));
        given().contentType("text/plain").body(file).post("/api/budget/replays").then().statusCode(401);
        as("official.bostandyk").contentType("text/plain").body("META\nkey;value\nbudget;abc\n")
                .post("/api/budget/replays").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .contentType("application/problem+json");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PabulibReplayTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
