package kz.dauys.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's own OpenAPI document, called by every role with hostile input:
 * anonymous, the demo citizens (adult, minor, another territory), an official, a moderator,
 * ombudsman staff, an admin (real Keycloak tokens) and forged tokens; path parameters filled with
 * random UUIDs, numbers, SQL meta-characters and (for reads) real ids; empty, malformed,
 * oversized, invalid UTF-8 and wrongly typed bodies; HTML/script in every string field of a
 * schema-shaped body.
 *
 * <p>Asserted for every answer: never a 5xx; every 4xx is {@code application/problem+json} whose
 * {@code status} equals the HTTP status; protected operations (an OpenAPI security requirement)
 * answer 401 to anonymous and forged tokens. Rows in the service's test database are counted
 * before and after the rejected-input phase: a rejected write stores nothing.
 *
 * <p>A service's test extends it under {@code @QuarkusTest}: one dynamic test per operation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EndpointMatrixChecks {

    /** The roles every service is called with; real demo users of the test realm. */
    protected static final List<String> USERS = List.of(
            "aigerim", "timur", "olga", "official.almaty", "moderator1", "ombudsman.almaty", "admin");
    protected static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    protected static final String SQL_META = "' OR 1=1 --";
    private static final int OVERSIZED_BYTES = 5 * 1024 * 1024;
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> rejectedWriteOutcomes = new ConcurrentHashMap<>();
    private final Map<String, String> realIds = new ConcurrentHashMap<>();
    private final List<String> oversizedOutcomes = new ArrayList<>();
    private JsonNode document;
    private final List<Answer> blockOutcomes = new ArrayList<>();
    private int rowChecks;
    private int rowChecksSkipped;
    private int calls;

    /** Operations to leave out, as "METHOD /path" (e.g. streaming endpoints); none by default. */
    protected Set<String> skippedOperations() {
        return Set.of();
    }

    /** Tables whose row counts may legitimately change on a rejected request (e.g. an access log). */
    protected Set<String> tablesChangedByRejectedRequests() {
        return Set.of("flyway_schema_history");
    }

    /** The service's test database, {@code dauys_<service>_test}. */
    protected String databaseName() {
        return "dauys_" + TestDatabase.serviceNameFromApplicationProperties() + "_test";
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryRoleWithHostileInput() throws IOException {
        document = JSON.readTree(get("/q/openapi?format=json", null).body());
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in the OpenAPI document").isNotEmpty();
        discoverRealIds(operations);
        return operations.stream()
                .filter(op -> !skippedOperations().contains(op.key()))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> check(op)));
    }

    @AfterAll
    void summary() {
        List<String> accepted = rejectedWriteOutcomes.entrySet().stream()
                .filter(e -> e.getValue() < 400).map(e -> e.getKey() + " -> " + e.getValue()).sorted().toList();
        System.out.printf("[matrix] %s: %d calls; rejected-input writes %d (accepted anyway: %s); row-count checks %d (%d skipped:"
                        + " events consumed meanwhile); 5 MB bodies: %s%n",
                getClass().getSimpleName(), calls, rejectedWriteOutcomes.size(), accepted, rowChecks, rowChecksSkipped,
                oversizedOutcomes.stream().collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting())));
    }

    private void check(Operation op) {
        violations.clear();
        String randomPath = op.fill(name -> UUID.randomUUID().toString());
        JsonNode shaped = op.bodySchema == null ? null : sample(op.bodySchema, 0);
        byte[] shapedBytes = shaped == null ? null : bytes(shaped);

        // Authentication: anonymous and forged tokens.
        Answer anonymous = call(op, randomPath, null, shapedBytes, op.contentType, "anonymous");
        Answer forged = call(op, randomPath, forgedToken(), shapedBytes, op.contentType, "forged token");
        Answer unsigned = call(op, randomPath, unsignedToken(), shapedBytes, op.contentType, "alg=none token");
        if (op.protectedOperation) {
            expect(anonymous, 401);
            expect(forged, 401);
            expect(unsigned, 401);
        }

        // Every role with a schema-shaped body full of script payloads, and reads of real rows.
        for (String user : USERS) {
            String token = KeycloakTokens.accessToken(user);
            call(op, randomPath, token, shapedBytes, op.contentType, user + " script body");
            if (op.method.equals("get") && !op.params.isEmpty() && op.allParamsKnown(realIds)) {
                call(op, op.fill(realIds::get), token, null, null, user + " real ids");
            }
        }
        // Path and query parameters full of SQL meta-characters, negative numbers and markup.
        for (String user : List.of("admin", "aigerim")) {
            String token = KeycloakTokens.accessToken(user);
            if (!op.params.isEmpty()) {
                call(op, op.fill(name -> SQL_META), token, shapedBytes, op.contentType, user + " SQL in path");
                call(op, op.fill(name -> "-1"), token, shapedBytes, op.contentType, user + " number in path");
            }
            if (op.method.equals("get") && !op.params.isEmpty() && op.allParamsKnown(realIds)) {
                call(op, op.fill(realIds::get) + "?page=-1&size=100000&sort=" + enc(SQL_META) + "&q=" + enc(SCRIPT),
                        token, null, null, user + " real ids, hostile query");
            }
        }
        if (op.method.equals("get") && op.params.isEmpty()) {
            call(op, op.path + "?page=-1&size=100000&limit=-5&offset=" + enc(SQL_META) + "&q=" + enc(SCRIPT)
                    + "&state=" + enc(SQL_META) + "&from=not-a-date&territory=" + enc(SCRIPT), KeycloakTokens.accessToken("admin"),
                    null, null, "admin hostile query");
        }

        // Rejected bodies (operations that declare one), by the admin and an adult citizen, on random
        // and (when known) real resources: each must be refused and store nothing.
        if (WITH_BODY.contains(op.method) && op.hasBody) {
            Map<String, Long> before = rowCounts();
            blockOutcomes.clear();
            List<String> paths = new ArrayList<>(List.of(randomPath));
            if (!op.params.isEmpty() && op.allParamsKnown(realIds)) {
                paths.add(op.fill(realIds::get));
            }
            for (String user : List.of("admin", "aigerim")) {
                String token = KeycloakTokens.accessToken(user);
                for (String path : paths) {
                    if (op.bodyRequired) {
                        rejected(op, path, token, new byte[0], "application/json", user + " empty body");
                    }
                    rejected(op, path, token, "{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8),
                            "application/json", user + " malformed JSON");
                    rejected(op, path, token, "[1,2,".getBytes(StandardCharsets.UTF_8), "application/json", user + " broken array");
                    rejected(op, path, token, invalidUtf8(shaped), "application/json", user + " invalid UTF-8");
                    if (op.consumesJson) {
                        rejected(op, path, token, "title=x".getBytes(StandardCharsets.UTF_8), "text/plain", user + " text/plain");
                        rejected(op, path, token, "<petition><title>x</title></petition>".getBytes(StandardCharsets.UTF_8),
                                "application/xml", user + " application/xml");
                    }
                }
            }
            oversizedBody(op, randomPath, KeycloakTokens.accessToken("aigerim"));
            blockOutcomes.stream().filter(a -> a.status < 400)
                    .forEach(a -> violations.add(a.label + ": malformed, empty, oversized or mistyped body accepted with " + a.status));
            storedNothing(op, before);
        }
        assertThat(violations).as(op.key()).isEmpty();
    }

    /**
     * Every call of the block was refused, so no table may have changed, except when the service
     * consumed events meanwhile (other modules' tests share the broker): then the check is skipped.
     */
    private void storedNothing(Operation op, Map<String, Long> before) {
        Map<String, Long> after = rowCounts();
        if (!Objects.equals(before.get("processed_event"), after.get("processed_event"))) {
            rowChecksSkipped++;
            return;
        }
        rowChecks++;
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, Long> table : before.entrySet()) {
            long now = after.getOrDefault(table.getKey(), 0L);
            if (now != table.getValue() && !tablesChangedByRejectedRequests().contains(table.getKey())) {
                changed.put(table.getKey(), table.getValue() + " -> " + now);
            }
        }
        if (!changed.isEmpty()) {
            violations.add(op.key() + ": rejected bodies changed row counts " + changed);
        }
    }

    /**
     * 5 MB of JSON on a connection of its own: the server may answer 413 and close the connection
     * before the body is sent, which must not break the other calls' pooled connections.
     */
    private void oversizedBody(Operation op, String path, String token) {
        String label = op.method.toUpperCase(Locale.ROOT) + " " + path + " [5 MB body]";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1")
                .method(op.method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(oversized())).build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            calls++;
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            oversizedOutcomes.add(response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("(no type)"));
            // The platform's BodySizeLimit answers problem+json 413 before Quarkus' bare 413.
            verify(label, response);
            rejectedWriteOutcomes.put(label, response.statusCode());
            blockOutcomes.add(new Answer(label, response.statusCode(), response.body()));
        } catch (IOException e) {
            // The server closed the connection while the body was still being sent: refused, nothing read.
            oversizedOutcomes.add("connection closed by the server (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void rejected(Operation op, String path, String token, byte[] body, String contentType, String label) {
        Answer answer = call(op, path, token, body, contentType, label);
        if (answer != null) {
            blockOutcomes.add(answer);
            rejectedWriteOutcomes.put(op.method.toUpperCase(Locale.ROOT) + " " + path + " [" + label + "]", answer.status);
        }
    }

    private void expect(Answer answer, int status) {
        if (answer != null && answer.status != status) {
            violations.add(answer.label + ": expected " + status + " but got " + answer.status + " " + abbreviate(answer.body));
        }
    }

    private record Answer(String label, int status, String body) {
    }

    private Answer call(Operation op, String path, String token, byte[] body, String contentType, String label) {
        String fullLabel = op.method.toUpperCase(Locale.ROOT) + " " + path + " [" + label + "]";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && WITH_BODY.contains(op.method)) {
            request.header("Content-Type", contentType);
            request.method(op.method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(body));
        } else if (WITH_BODY.contains(op.method)) {
            request.method(op.method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(op.method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            calls++;
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            violations.add(fullLabel + ": no answer (" + e + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        verify(fullLabel, response);
        int status = response.statusCode();
        return new Answer(fullLabel, status, response.body());
    }

    private void verify(String fullLabel, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            violations.add(fullLabel + ": " + status + " " + abbreviate(response.body()));
        } else if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                violations.add(fullLabel + ": " + status + " with Content-Type '" + type + "' instead of application/problem+json: "
                        + abbreviate(response.body()));
            } else {
                try {
                    JsonNode problem = JSON.readTree(response.body());
                    if (problem.path("status").asInt() != status) {
                        violations.add(fullLabel + ": problem status " + problem.path("status") + " != HTTP " + status);
                    }
                } catch (IOException e) {
                    violations.add(fullLabel + ": problem+json that is not JSON: " + abbreviate(response.body()));
                }
            }
        }
    }

    // ---- the OpenAPI document ----

    private static final class Operation {
        final String method;
        final String path;
        final List<String> params = new ArrayList<>();
        JsonNode bodySchema;
        boolean hasBody;
        String contentType = "application/json";
        boolean bodyRequired;
        boolean consumesJson;
        boolean protectedOperation;

        Operation(String method, String path) {
            this.method = method;
            this.path = path;
            Matcher m = PATH_PARAM.matcher(path);
            while (m.find()) {
                params.add(m.group(1));
            }
        }

        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        String fill(java.util.function.Function<String, String> value) {
            Matcher m = PATH_PARAM.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(encPath(value.apply(m.group(1)))));
            }
            m.appendTail(out);
            return out.toString();
        }

        boolean allParamsKnown(Map<String, String> known) {
            return params.stream().allMatch(p -> known.containsKey(p));
        }
    }

    private static List<Operation> operations(JsonNode doc) {
        List<Operation> result = new ArrayList<>();
        JsonNode globalSecurity = doc.path("security");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toLowerCase(Locale.ROOT);
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                JsonNode node = entry.getValue();
                Operation op = new Operation(method, path.getKey());
                JsonNode security = node.has("security") ? node.get("security") : globalSecurity;
                op.protectedOperation = isProtected(security);
                JsonNode content = node.path("requestBody").path("content");
                op.hasBody = node.has("requestBody");
                op.bodyRequired = node.path("requestBody").path("required").asBoolean(false);
                op.consumesJson = content.has("application/json");
                if (content.has("application/json")) {
                    op.bodySchema = resolve(doc, content.path("application/json").path("schema"));
                } else if (content.size() > 0) {
                    String declared = content.fieldNames().next();
                    op.contentType = declared.contains("*") ? "text/plain" : declared;
                    op.bodySchema = resolve(doc, content.elements().next().path("schema"));
                }
                result.add(op);
            }
        }
        return result;
    }

    private static boolean isProtected(JsonNode security) {
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false; // {} means anonymous access is allowed too
            }
        }
        return true;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = doc.at(ref.substring(1));
        }
        if (current.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode properties = merged.putObject("properties");
            merged.put("type", "object");
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(doc, part);
                if (resolved.has("properties")) {
                    properties.setAll((ObjectNode) resolved.get("properties"));
                }
            }
            return merged;
        }
        return current;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(document, schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return sample(s.has("oneOf") ? s.get("oneOf").get(0) : s.get("anyOf").get(0), depth);
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("");
        String format = s.path("format").asText("");
        if (type.isEmpty() && s.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object": {
                ObjectNode node = f.objectNode();
                if (depth > 4) {
                    return node;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    node.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                if (s.path("additionalProperties").isObject()) {
                    node.set("kk", sample(s.get("additionalProperties"), depth + 1));
                }
                return node;
            }
            case "array": {
                ArrayNode array = f.arrayNode();
                if (depth <= 4) {
                    array.add(sample(s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return f.numberNode(1);
            case "number":
                return f.numberNode(1.5);
            case "boolean":
                return f.booleanNode(true);
            case "string":
                return switch (format) {
                    case "uuid" -> f.textNode(UUID.randomUUID().toString());
                    case "date" -> f.textNode("2026-12-01");
                    case "date-time" -> f.textNode("2026-12-01T10:00:00Z");
                    case "email" -> f.textNode("x@example.org");
                    case "uri", "url" -> f.textNode("javascript:alert(1)");
                    default -> f.textNode(SCRIPT);
                };
            default:
                return f.textNode(SCRIPT);
        }
    }

    // ---- ids of real resources, from the list endpoints, so that reads reach real rows ----

    private void discoverRealIds(List<Operation> operations) {
        String token = KeycloakTokens.accessToken("admin");
        for (Operation op : operations) {
            if (!op.method.equals("get") || !op.params.isEmpty()) {
                continue;
            }
            try {
                HttpResponse<String> response = get(op.path, token);
                if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    continue;
                }
                JsonNode first = firstItem(JSON.readTree(response.body()));
                if (first == null || !first.hasNonNull("id")) {
                    continue;
                }
                for (Operation candidate : operations) {
                    if (candidate.params.size() == 1 && candidate.path.startsWith(op.path + "/{")) {
                        realIds.putIfAbsent(candidate.params.get(0), first.get("id").asText());
                    }
                }
            } catch (IOException e) {
                // A list that cannot be read gives no ids; the operation itself is still checked below.
            }
        }
    }

    private static JsonNode firstItem(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        for (String field : List.of("items", "content", "data", "results", "petitions")) {
            if (node.path(field).isArray() && !node.path(field).isEmpty()) {
                return node.path(field).get(0);
            }
        }
        return null;
    }

    // ---- hostile material ----

    /** A real token with its payload changed (admin role, far expiry): the signature no longer matches. */
    private static String forgedToken() {
        String[] parts = KeycloakTokens.accessToken("aigerim").split("\\.");
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            payload.put("exp", 4_102_444_800L);
            payload.putObject("realm_access").putArray("roles").add("admin").add("citizen");
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload))
                    + "." + parts[2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims, expired an hour ago, signed with "none". */
    private static String unsignedToken() {
        String[] parts = KeycloakTokens.accessToken("admin").split("\\.");
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            payload.put("exp", System.currentTimeMillis() / 1000 - 3600);
            String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            return header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload)) + ".";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema-shaped body with a first property whose name is not UTF-8 (names are always decoded). */
    private static byte[] invalidUtf8(JsonNode shaped) {
        String rest = shaped != null && shaped.isObject() && !shaped.isEmpty() ? "," + bytesAsString(shaped).substring(1) : "}";
        byte[] head = {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', ':', '1'};
        byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, body, head.length, tail.length);
        return body;
    }

    private static byte[] oversized() {
        StringBuilder json = new StringBuilder(OVERSIZED_BYTES + 32).append("{\"title\":\"");
        while (json.length() < OVERSIZED_BYTES) {
            json.append("Жолдар жөндеу керек. ");
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        return bytesAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String bytesAsString(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the database ----

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.connect(databaseName()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows in " + databaseName(), e);
        }
        return counts;
    }

    // ---- plumbing ----

    private static String baseUrl() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    private static HttpResponse<String> get(String path, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encPath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
