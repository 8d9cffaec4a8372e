package kz.dauys.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.StackInstance;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petitions service on a PostgreSQL of its own (embedded, own port and data), which is stopped
 * and started again: while it is down, reads and writes answer 503 problem+json within seconds;
 * afterwards the same process serves again, with the data written before.
 */
@Order(3)
class PostgresRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void databaseDownGivesQuick503sAndTheServiceRecoversWithoutRestart() throws Exception {
        FaultStack.ensureInfrastructure();
        try (StackInstance.Postgres postgres = StackInstance.postgres("resilience-postgres", 39432).start();
             ServiceProcess petitions = FaultStack.petitionsOn(postgres.jdbcUrl("dauys_petitions"))
                     // Its own consumer groups: the fault stack's petitions process (another database) may still
                     // be in the default group and would otherwise take half of the moderation decisions.
                     .consumerGroupSuffix("-postgres-restart-" + System.currentTimeMillis())
                     .env("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "3S")) {
            postgres.recreate("dauys_petitions");
            petitions.start();
            String token = Signers.token(FaultStack.KEYCLOAK.url(), "dauys", "dauys-cli", "aigerim", "dauys-demo");
            UUID before = PetitionDesk.createAndSubmit(petitions.url(), token, "Записана до перезапуска базы");
            PetitionDesk.approve(petitions.url(), FaultStack.KAFKA.bootstrap(), List.of(before));
            String signer = Signers.token(FaultStack.KEYCLOAK.url(), "dauys", "dauys-cli", "daniyar", "dauys-demo");

            postgres.stop();
            assertThat(postgres.answers()).isFalse();
            List<String> answers = new ArrayList<>();
            List<HttpRequest> requests = List.of(
                    get(petitions.url() + "/api/petitions", null),
                    get(petitions.url() + "/api/petitions/" + before, null),
                    get(petitions.url() + "/api/petitions/" + before + "/count", null),
                    HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions/" + before + "/signatures")).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + signer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions")).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"title":{"ru":"Во время отказа базы"},"text":{"ru":"Текст петиции, поданной во время отказа базы данных."},
                                     "topic":"urban","addressee":{"level":"CENTRAL","body":"CENTRAL_BODY","code":"MIN_INDUSTRY"}}""")).build());
            for (HttpRequest request : requests) {
                long started = System.nanoTime();
                HttpResponse<String> response = Signers.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - started) / 1_000_000;
                answers.add(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode() + " in " + millis + " ms");
                assertThat(response.statusCode()).as(request.uri() + " while the database is down: " + response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(millis).as("answer time while the database is down").isLessThan(10_000);
            }
            System.out.println("[postgres down] " + answers);

            postgres.start();
            long restarted = System.nanoTime();
            Awaitility.await("the same process serves again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Signers.HTTP.send(get(petitions.url() + "/api/petitions/" + before, null),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            System.out.printf("[postgres down] recovered %d ms after the database answered again%n", (System.nanoTime() - restarted) / 1_000_000);
            // Writes work again: a petition is created and submitted (each step must answer 2xx).
            PetitionDesk.createAndSubmit(petitions.url(), token, "Записана после перезапуска базы");
            assertThat(PetitionDesk.state(petitions.url(), before)).isEqualTo("gathering_backers");
            assertThat(Signers.HTTP.send(HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions/" + before + "/signatures"))
                    .header("Authorization", "Bearer " + signer).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("signing after recovery").isEqualTo(201);
            assertThat(petitions.isAlive()).isTrue();
        }
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
