package kz.dauys.resilience;

import kz.dauys.testsupport.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The private Keycloak stopped: tokens issued before keep working (the service checks signatures
 * with the keys it already has), a new login fails with a connection error, and a token the
 * service cannot verify still gets a 401, not a 500. Runs last: it stops the private stack.
 */
@Order(4)
class KeycloakDownTest {

    @Test
    void existingTokensKeepWorkingWhileKeycloakIsDownAndNewLoginsFailClearly() throws Exception {
        ServiceProcess petitions = FaultStack.petitions();
        List<Signers.Signer> signers = Signers.create(FaultStack.KEYCLOAK.url(), "keycloak", 3);
        UUID id = PetitionDesk.createAndSubmit(petitions.url(), signers.get(0).token(), "Проверка отказа Keycloak");
        PetitionDesk.approve(petitions.url(), FaultStack.KAFKA.bootstrap(), List.of(id));
        assertThat(sign(petitions, id, signers.get(0).token())).isEqualTo(201);

        FaultStack.KEYCLOAK.stop();

        assertThat(sign(petitions, id, signers.get(1).token())).as("a token issued before the outage signs").isEqualTo(201);
        assertThat(sign(petitions, id, signers.get(2).token())).isEqualTo(201);
        assertThat(sign(petitions, id, signers.get(0).token())).as("idempotent repeat").isEqualTo(200);
        HttpResponse<String> mine = Signers.HTTP.send(HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions/" + id + "/signatures/mine"))
                .header("Authorization", "Bearer " + signers.get(1).token()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(PetitionDesk.state(petitions.url(), id)).as("anonymous reads").isEqualTo("gathering_backers");

        String forged = forgedKeyId(signers.get(0).token());
        HttpResponse<String> refused = Signers.HTTP.send(HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions/" + id + "/signatures"))
                .header("Authorization", "Bearer " + forged).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("[keycloak down] token with an unknown key id -> %d %s%n", refused.statusCode(), refused.body());
        assertThat(refused.statusCode()).as("a token whose key cannot be fetched: " + refused.body()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        assertThatThrownBy(() -> Signers.token(FaultStack.KEYCLOAK.url(), "dauys", "dauys-cli", "aigerim", "dauys-demo"))
                .as("a new login while Keycloak is down").isInstanceOf(ConnectException.class);
    }

    @AfterAll
    static void stopThePrivateStack() {
        FaultStack.stopAll();
    }

    private static int sign(ServiceProcess petitions, UUID id, String token) throws Exception {
        return Signers.HTTP.send(HttpRequest.newBuilder(URI.create(petitions.url() + "/api/petitions/" + id + "/signatures"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** The token with its header's key id changed: the service must look for a key it cannot fetch. */
    private static String forgedKeyId(String token) {
        String[] parts = token.split("\\.");
        String header = new String(java.util.Base64.getUrlDecoder().decode(parts[0]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"rotated-" + UUID.randomUUID() + "\"");
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }
}
