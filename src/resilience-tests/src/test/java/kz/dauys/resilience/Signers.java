package kz.dauys.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.iin.Sex;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Adult resident accounts created through the admin API of a private Keycloak, with real tokens. */
final class Signers {

    /** The platform's local/test IIN hash key (dauys.iin.hash-key default), to find a signer's row. */
    private static final byte[] HASH_KEY = Base64.getDecoder().decode("ZGF1eXMtbG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHJvZHVjdGlvbg==");
    static final String PASSWORD = "resilience-pass";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Signer(String username, String iin, String token) {
        String hash() {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(HASH_KEY, "HmacSHA256"));
                return "k1:" + HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Signers() {
    }

    /** Creates (or reuses) {@code count} citizens {@code prefix-00001...} and fetches a token for each. */
    static List<Signer> create(String keycloakUrl, String prefix, int count) throws Exception {
        String admin = token(keycloakUrl, "master", "admin-cli", "admin", "admin");
        String role = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/dauys/roles/citizen"))
                .header("Authorization", "Bearer " + admin).GET().build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Signer>> futures = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                int number = n;
                futures.add(pool.submit(() -> {
                    String username = "%s-%05d".formatted(prefix, number);
                    String iin = Iin.generate(LocalDate.of(1970, 1, 1).plusDays(number * 7L), number % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                            2000 + number);
                    String body = """
                            {"username":"%s","enabled":true,"firstName":"Resilience","lastName":"Signer%d","email":"%s@resilience.dauys.kz",
                             "emailVerified":true,"attributes":{"iin":["%s"],"region":["KZ-75"],"district":["KZ-75-BOSTANDYK"]},
                             "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                            .formatted(username, number, username, iin, PASSWORD);
                    HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/dauys/users"))
                            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (created.statusCode() == 201) {
                        String location = created.headers().firstValue("Location").orElseThrow();
                        send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build());
                    } else if (created.statusCode() != 409) {
                        throw new IllegalStateException(username + ": " + created.statusCode() + " " + created.body());
                    }
                    return new Signer(username, iin, token(keycloakUrl, "dauys", "dauys-cli", username, PASSWORD));
                }));
            }
            List<Signer> signers = new ArrayList<>();
            for (Future<Signer> future : futures) {
                signers.add(future.get());
            }
            return signers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A password-grant token; throws with Keycloak's answer when refused. */
    static String token(String keycloakUrl, String realm, String client, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&scope=openid";
        JsonNode answer = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build()));
        return answer.path("access_token").asText();
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
