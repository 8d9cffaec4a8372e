package kz.dauys.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's signed-in session on the portal under test, without a browser: the real Keycloak login
 * form is filled in over HTTP (authorization-code flow, cookies kept), so pages call the real services
 * with the person's real access token. For page tests of forms, which need no JavaScript.
 */
public final class PortalSession {

    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final String language;
    /**
     * Cookies by host and port, kept by hand: Keycloak marks its session cookies {@code Secure}, which
     * {@link java.net.CookieManager} never sends over plain http (a browser does, to 127.0.0.1).
     */
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    private PortalSession(String language) {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.language = language;
    }

    /** Signs {@code username} in through the Keycloak login form (pages in English). */
    public static PortalSession signIn(String username) {
        PortalSession session = new PortalSession("en");
        Page login = session.follow(session.send(HttpRequest.newBuilder(URI.create(ServiceStack.portalUrl + "/login?back=/")).GET()));
        Matcher action = LOGIN_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + login.uri() + ": " + login.status());
        }
        String post = action.group(1).replace("&amp;", "&");
        Page home = session.follow(session.send(HttpRequest.newBuilder(URI.create(post))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", "dauys-demo",
                        "credentialId", ""))))));
        if (!home.uri().toString().startsWith(ServiceStack.portalUrl) || !home.body().contains("class=\"who\"")) {
            String body = home.body() == null ? "" : home.body();
            int feedback = body.indexOf("kc-feedback");
            throw new IllegalStateException("Sign-in of " + username + " did not come back to the portal: " + home.status() + " "
                    + home.uri() + " " + (feedback < 0 ? "" : body.substring(feedback, Math.min(body.length(), feedback + 400))));
        }
        return session;
    }

    /** A portal page (redirects followed). */
    public Page get(String path) {
        return follow(send(HttpRequest.newBuilder(URI.create(ServiceStack.portalUrl + path)).GET()));
    }

    /** Posts a form to the portal; the answer is not followed (a 303 shows where the form sends the person). */
    public Page post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(ServiceStack.portalUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Posts a form whose fields repeat (ordered name/value pairs). */
    public Page post(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(ServiceStack.portalUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 10 && current.status() >= 300 && current.status() < 400; hops++) {
            current = send(HttpRequest.newBuilder(current.uri().resolve(current.location())).GET());
        }
        return current;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept-Language", language).timeout(Duration.ofSeconds(30));
            HttpRequest built = request.build();
            Map<String, String> jar = cookies.computeIfAbsent(built.uri().getAuthority(), a -> new LinkedHashMap<>());
            if (!jar.isEmpty()) {
                built = request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String[] parts = setCookie.split(";");
                int eq = parts[0].indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = parts[0].substring(0, eq).strip();
                String value = parts[0].substring(eq + 1).strip();
                boolean expired = value.isEmpty();
                for (String attribute : parts) {
                    expired |= attribute.strip().equalsIgnoreCase("Max-Age=0");
                }
                if (expired) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return new Page(response.statusCode(), built.uri(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A portal answer: status, the address asked, the redirect target if any, and the HTML. */
    public record Page(int status, URI uri, String location, String body) {
    }
}
