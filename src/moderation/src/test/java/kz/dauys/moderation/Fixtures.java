package kz.dauys.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.moderation.intake.IntakeService;
import kz.dauys.testsupport.KeycloakTokens;
import kz.dauys.testsupport.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Shared steps of the moderation tests: real tokens, submissions through the intake service, decisions over HTTP. */
public final class Fixtures {

    public static final String DATABASE = "dauys_moderation_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    /** The Keycloak subject of a demo user, read from a real access token. */
    public static String subject(String user) {
        try {
            String payload = token(user).split("\\.")[1];
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            return claims.get("sub").asText();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the subject of " + user, e);
        }
    }

    /** The public display name Keycloak's claims give a demo user (first name and surname initial). */
    public static String decidedName(String user) {
        try {
            String payload = token(user).split("\\.")[1];
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            String given = claims.path("given_name").asText("");
            String family = claims.path("family_name").asText("");
            if (given.isBlank()) {
                return claims.path("preferred_username").asText();
            }
            return family.isBlank() ? given : given + " " + family.charAt(0) + ".";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ModerationRequest request(ContentKind kind, String itemId, String author, String title, String body) {
        return new ModerationRequest(kind, itemId, originOf(kind), subject(author), author + " T.", title, body, Map.of(),
                "/" + originOf(kind) + "/" + itemId, Instant.now(), null, false);
    }

    public static String originOf(ContentKind kind) {
        return switch (kind) {
            case PETITION -> "petitions";
            case BUDGET_PROPOSAL -> "budget";
            case AGENDA_ITEM_PROPOSAL -> "assembly";
            case COMMENT -> "comments";
        };
    }

    /** Opens a case as the Kafka intake would (the broker path itself is tested in IntakeOverBrokerTest). */
    public static UUID submit(ModerationRequest request) {
        return QuarkusTransaction.requiringNew().call(() ->
                Arc.container().instance(IntakeService.class).get().open(request, null).id);
    }

    public static String newItemId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static void claim(String moderator, UUID caseId) {
        given().auth().oauth2(token(moderator)).post("/api/moderation/cases/{id}/claim", caseId).then().statusCode(200);
    }

    public static io.restassured.response.Response decide(String moderator, UUID caseId, String outcome, String reasonCode,
                                                          String text) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outcome", outcome);
        body.put("reasonCode", reasonCode);
        body.put("text", text);
        return given().auth().oauth2(token(moderator)).contentType(ContentType.JSON).body(body)
                .post("/api/moderation/cases/{id}/decision", caseId);
    }

    public static void approve(String moderator, UUID caseId) {
        claim(moderator, caseId);
        decide(moderator, caseId, "APPROVE", null, null).then().statusCode(200);
    }

    /** Outbox rows of a type for a subject, newest last, as JSON payloads. */
    public static java.util.List<JsonNode> outbox(String type, String subject) {
        try (Connection db = TestDatabase.connect(DATABASE);
             PreparedStatement query = db.prepareStatement(
                     "select payload::text from outbox_event where type = ? and event_key = ? order by seq")) {
            query.setString(1, type);
            query.setString(2, subject);
            java.util.List<JsonNode> rows = new java.util.ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(JSON.readTree(rs.getString(1)));
                }
            }
            return rows;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(DATABASE); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(DATABASE); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
